package io.newsflow.ingest.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The states decided within one Kafka transaction, seen on top of the shared index and handed to
 * it only when the transaction commits: a rolled-back batch is processed again and must not find
 * its own uncommitted decisions ("duplicate!") in the index. Used by one thread.
 */
public final class IdentitySession {

    private final DuplicateIndex index;
    private final Map<String, ArticleState> staged = new LinkedHashMap<>();

    public IdentitySession(DuplicateIndex index) {
        this.index = index;
    }

    ArticleState get(String id) {
        ArticleState state = staged.get(id);
        return state != null ? state : index.get(id);
    }

    String firstCopyNear(long simhash, String id) {
        for (Map.Entry<String, ArticleState> entry : staged.entrySet()) {
            ArticleState state = entry.getValue();
            if (!entry.getKey().equals(id) && state.sketched() && SimHash.distance(simhash, state.simhash()) <= SimHash.MAX_DISTANCE) {
                return state.duplicateOf() != null ? state.duplicateOf() : entry.getKey();
            }
        }
        return index.firstCopyNear(simhash, id);
    }

    void stage(String id, ArticleState state) {
        staged.put(id, state);
    }

    /** Call once the transaction committed. */
    public void commit() {
        staged.forEach(index::put);
        staged.clear();
    }
}
