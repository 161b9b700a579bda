package io.newsflow.publish.document;

import io.newsflow.contract.Source;

import java.time.Instant;
import java.util.List;

/**
 * What readers find in Elasticsearch for one article: flat and reader-friendly, one field per
 * thing a reader filters, facets or searches on. Its mapping is
 * {@code src/main/resources/elasticsearch/news-template.json}; the two change together (the
 * mapping is {@code dynamic: strict}, so a field added here alone is rejected, not guessed).
 *
 * @param entities      all entities, as a nested list, for queries on name + type + salience together
 * @param people        canonical names of the PERSON entities, for filters and facets (also organizations, locations, misc)
 * @param firstReceivedAt when ingest received the article's first revision: the month of its index
 * @param indexedAt     when the publish service handed the document to Elasticsearch
 */
public record ArticleDocument(
        String id,
        long revision,
        String url,
        String canonicalUrl,
        Source source,
        String title,
        String subtitle,
        String body,
        List<String> authors,
        String language,
        Instant publishedAt,
        Instant updatedAt,
        Instant receivedAt,
        Instant firstReceivedAt,
        Instant enrichedAt,
        Instant indexedAt,
        String leadImage,
        String contentHash,
        String duplicateOf,
        List<EntityField> entities,
        List<String> people,
        List<String> organizations,
        List<String> locations,
        List<String> misc,
        List<TopicField> topics,
        List<String> keywords,
        String enricherVersion,
        boolean truncatedForTagging) {

    /** One entity in the nested {@code entities} list. */
    public record EntityField(String name, String type, int mentions, double salience, List<String> surfaceForms) {
    }

    /** One IPTC topic. */
    public record TopicField(String code, String label, double score) {
    }
}
