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
 * @param firstReceivedAt when the ingest service received the id's first revision; the same on every
 *                        revision, so the index routes all of them (and the tombstone) to one monthly index
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
        String duplicateOf,
        Instant firstReceivedAt) {

    public static final int SCHEMA_VERSION = 1;

    /** A first revision: received now for the first time. */
    public RawArticle(int schemaVersion, String id, long revision, String url, String canonicalUrl, Source source,
                      String title, String subtitle, String body, List<String> authors, String language,
                      Instant publishedAt, Instant updatedAt, Instant receivedAt, String leadImage,
                      String contentHash, String duplicateOf) {
        this(schemaVersion, id, revision, url, canonicalUrl, source, title, subtitle, body, authors, language,
                publishedAt, updatedAt, receivedAt, leadImage, contentHash, duplicateOf, receivedAt);
    }

    /**
     * The date the index routes this article by: {@link #firstReceivedAt()}, or for a record written
     * before that field existed, its own {@link #receivedAt()}.
     */
    public Instant routingDate() {
        return firstReceivedAt != null ? firstReceivedAt : receivedAt;
    }

    public RawArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
