package io.newsflow.publish.offsets;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.support.Acknowledgment;

import java.util.ArrayDeque;
import java.util.Deque;

/** The records of one partition not yet committable, in offset order. Not thread-safe: the tracker locks. */
final class PartitionOffsets {

    final TopicPartition topicPartition;
    private final Deque<TrackedRecord> pending = new ArrayDeque<>();

    PartitionOffsets(TopicPartition topicPartition) {
        this.topicPartition = topicPartition;
    }

    TrackedRecord add(long offset, Acknowledgment acknowledgment) {
        TrackedRecord record = new TrackedRecord(this, offset, acknowledgment);
        pending.addLast(record);
        return record;
    }

    /**
     * Marks a record done and removes the done records at the head. Returns the acknowledgment of
     * the last one removed: acknowledging it commits everything up to it, and nothing that is
     * still waiting. Returns null when the head is still waiting.
     */
    Acknowledgment complete(TrackedRecord record) {
        record.done = true;
        TrackedRecord lastDone = null;
        while (!pending.isEmpty() && pending.peekFirst().done) {
            lastDone = pending.pollFirst();
        }
        return lastDone == null ? null : lastDone.acknowledgment;
    }

    int size() {
        return pending.size();
    }
}
