package io.newsflow.publish.bulk;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.newsflow.contract.ArticleJson;
import io.newsflow.publish.document.ArticleDocument;
import io.newsflow.publish.document.RetractionMarker;
import io.newsflow.publish.index.IndexPeriod;
import io.newsflow.publish.index.IndexTarget;

import java.time.Clock;
import java.time.Instant;

/**
 * Builds the bulk operations of an article for the index of its period: through the period's
 * write alias (live indexing) or into a concrete index (rebuilding a new index set). An article's
 * period comes from its {@code firstReceivedAt}, the same for every revision, so all its
 * revisions and its retraction meet in one index and {@code _id} stays unique across the alias.
 *
 * @param requireAlias true when the target is an alias: a missing alias then fails the item
 *                     instead of silently auto-creating an index named like the alias
 */
public record DocumentOperations(IndexPeriod period, IndexTarget target, boolean requireAlias, Clock clock) {

    /**
     * Index the document with its revision as external version: Elasticsearch keeps the document
     * only if the revision is higher than the indexed one, so a late, older revision (or a replay)
     * is answered with a version conflict and never overwrites a newer one. Null when the
     * article's period is past retention.
     */
    public DocumentOperation upsert(ArticleDocument document) {
        String index = target.forPeriod(period.key(document.firstReceivedAt()));
        if (index == null) {
            return null;
        }
        // Serialised here with the contract's mapping (ISO dates, no nulls), once: retries reuse the bytes.
        return index(document.id(), DocumentOperation.Kind.UPSERT, index, document.revision(), VersionType.External,
                ArticleJson.write(document));
    }

    /**
     * Replaces the document by a retraction marker at the retracted revision ({@code external_gte}:
     * equal to the indexed revision wins). A plain delete would forget the version once
     * Elasticsearch prunes its delete tombstones ({@code index.gc_deletes}, 60 s), after which a
     * late upsert of that revision could bring the article back; the marker keeps it for as long as
     * the index lives, and the readers' alias filters markers out. Null past retention.
     */
    public DocumentOperation retract(String id, long revision, String periodKey) {
        String index = target.forPeriod(periodKey);
        if (index == null) {
            return null;
        }
        byte[] marker = ArticleJson.write(new RetractionMarker(id, revision, true, clock.instant()));
        return index(id, DocumentOperation.Kind.DELETE, index, revision, VersionType.ExternalGte, marker);
    }

    public DocumentOperation retract(String id, long revision, Instant routingDate) {
        return retract(id, revision, period.key(routingDate));
    }

    private DocumentOperation index(String id, DocumentOperation.Kind kind, String index, long version,
                                    VersionType versionType, byte[] json) {
        BinaryData body = BinaryData.of(json, ContentType.APPLICATION_JSON);
        BulkOperation operation = BulkOperation.of(b -> b.index(i -> i
                .index(index)
                .id(id)
                .version(version)
                .versionType(versionType)
                .requireAlias(requireAlias ? Boolean.TRUE : null)
                .document(body)));
        return new DocumentOperation(id, kind, operation);
    }
}
