package io.newsflow.publish.bulk;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * Keeps at most one operation per document id in Elasticsearch's hands at a time, the others
 * waiting in arrival order. Retries and concurrent bulk requests could otherwise reorder two
 * operations on one article; external versions make that harmless for updates, but not for a
 * delete (a tombstone has no revision), which a retried older update could undo.
 */
final class IdSequencer<T> {

    private final Map<String, Queue<T>> waiting = new HashMap<>();

    /** Returns true if {@code item} may go now; otherwise it waits behind the one in flight. */
    synchronized boolean enter(String id, T item) {
        Queue<T> queue = waiting.get(id);
        if (queue == null) {
            waiting.put(id, new ArrayDeque<>());
            return true;
        }
        queue.add(item);
        return false;
    }

    /** The in-flight operation on {@code id} is done; returns the next one to send, if any. */
    synchronized T exit(String id) {
        Queue<T> queue = waiting.get(id);
        if (queue == null) {
            return null;
        }
        T next = queue.poll();
        if (next == null) {
            waiting.remove(id);
        }
        return next;
    }
}
