package io.newsflow.publish.kafka;

import io.newsflow.publish.bulk.DocumentOperation;
import io.newsflow.publish.bulk.DocumentOperations;
import io.newsflow.publish.document.ArticleDocumentMapper;
import io.newsflow.publish.index.ArticleLocator;

/** The Elasticsearch operation for a record, the same for live indexing and for rebuilding an index. */
public final class ArticleOperations {

    private final ArticleDocumentMapper mapper;
    private final DocumentOperations operations;
    private final ArticleLocator locator;

    public ArticleOperations(ArticleDocumentMapper mapper, DocumentOperations operations, ArticleLocator locator) {
        this.mapper = mapper;
        this.operations = operations;
        this.locator = locator;
    }

    /**
     * The upsert or retraction the record asks for; null when there is nothing to send: an
     * unreadable record, an article whose period is past retention, or a tombstone without
     * headers for an article readers cannot find.
     */
    public DocumentOperation forRecord(ArticleRecord record) {
        return switch (record) {
            case ArticleRecord.Upsert upsert -> operations.upsert(mapper.toDocument(upsert.article()));
            case ArticleRecord.Retraction r when r.revision() != null && r.firstReceivedAt() != null ->
                    operations.retract(r.id(), r.revision(), r.firstReceivedAt());
            // A tombstone that does not say which revision and period it retracts: the indexed ones.
            case ArticleRecord.Retraction r -> locator.locate(r.id())
                    .map(found -> operations.retract(r.id(), r.revision() != null ? r.revision() : found.revision(),
                            found.periodKey()))
                    .orElse(null);
            case ArticleRecord.Unreadable unreadable -> null;
        };
    }
}
