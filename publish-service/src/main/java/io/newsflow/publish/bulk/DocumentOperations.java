package io.newsflow.publish.bulk;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.newsflow.contract.ArticleJson;
import io.newsflow.publish.document.ArticleDocument;

/**
 * Builds the bulk operations for one target: the alias (live indexing) or a concrete index
 * (rebuilding a new index version).
 *
 * @param requireAlias true when {@code target} must be an alias: a missing alias then fails the
 *                     item instead of silently auto-creating an index named like the alias
 */
public record DocumentOperations(String target, boolean requireAlias) {

    /**
     * Index the document with its revision as external version: Elasticsearch keeps the document
     * only if the revision is higher than the indexed one, so a late, older revision (or a replay)
     * is answered with a version conflict and never overwrites a newer one.
     */
    public DocumentOperation upsert(ArticleDocument document) {
        // Serialised here with the contract's mapping (ISO dates, no nulls), once: retries reuse the bytes.
        BinaryData json = BinaryData.of(ArticleJson.write(document), ContentType.APPLICATION_JSON);
        BulkOperation operation = BulkOperation.of(b -> b.index(i -> i
                .index(target)
                .id(document.id())
                .version(document.revision())
                .versionType(VersionType.External)
                .requireAlias(requireAlias ? Boolean.TRUE : null)
                .document(json)));
        return new DocumentOperation(document.id(), DocumentOperation.Kind.UPSERT, operation);
    }

    public DocumentOperation delete(String id) {
        BulkOperation operation = BulkOperation.of(b -> b.delete(d -> d.index(target).id(id)));
        return new DocumentOperation(id, DocumentOperation.Kind.DELETE, operation);
    }
}
