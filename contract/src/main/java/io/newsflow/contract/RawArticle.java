package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A clean, normalised article on topic {@value KafkaTopics#RAW}, keyed by {@link #id()}.
 *
 * @param id            stable id: derived from the canonical URL, or from source + normalised title + body without one
 * @param revision      starts at 1 and grows each time the same id arrives with changed content
 * @param contentHash   hash of the normalised title, subtitle and body; equal hashes mean an exact duplicate
 * @param duplicateOf   id of the first article this one is a near-duplicate of (syndicated copy), or null
 * @param receivedAt    when the ingest service received this revision
 * @param leadImage     URL of the article's lead image, when the page names one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawArticle(
        int schemaVersion,
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
        String leadImage,
        String contentHash,
        String duplicateOf) {

    public static final int SCHEMA_VERSION = 1;

    public RawArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
