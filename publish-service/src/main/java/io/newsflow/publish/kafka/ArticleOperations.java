package io.newsflow.publish.kafka;

import io.newsflow.publish.bulk.DocumentOperation;
import io.newsflow.publish.bulk.DocumentOperations;
import io.newsflow.publish.document.ArticleDocumentMapper;

/** The Elasticsearch operation for a record, the same for live indexing and for rebuilding an index. */
public final class ArticleOperations {

    private final ArticleDocumentMapper mapper;
    private final DocumentOperations operations;

    public ArticleOperations(ArticleDocumentMapper mapper, DocumentOperations operations) {
        this.mapper = mapper;
        this.operations = operations;
    }

    /** The upsert or delete the record asks for, or null for an unreadable record. */
    public DocumentOperation forRecord(ArticleRecord record) {
        return switch (record) {
            case ArticleRecord.Upsert upsert -> operations.upsert(mapper.toDocument(upsert.article()));
            case ArticleRecord.Retraction retraction -> operations.delete(retraction.id());
            case ArticleRecord.Unreadable unreadable -> null;
        };
    }
}
