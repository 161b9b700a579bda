package io.newsflow.publish.bulk;

/**
 * Told once, on an ingester thread, how an operation ended. Transient failures are not final and
 * are retried inside the indexer; they never reach the callback. Implementations must not block.
 */
public interface OperationCallback {

    /** Elasticsearch holds the wanted state: applied, stale or absent. */
    void completed(ItemOutcome outcome);

    /** Elasticsearch refused the document for its content. */
    void rejected(String errorType, String reason);
}
