package io.newsflow.publish.bulk;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

/** One bulk operation on one document, with what the outcome classification needs to know. */
public record DocumentOperation(String id, Kind kind, BulkOperation operation) {

    public enum Kind {
        UPSERT,
        DELETE
    }
}
