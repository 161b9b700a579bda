package io.newsflow.publish.kafka;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.ReasonCode;

import java.time.Instant;

/** What one record of {@code news.enriched} asks the publish service to do. */
public sealed interface ArticleRecord {

    /** Index this revision of the article (unless a newer one is already indexed). */
    record Upsert(EnrichedArticle article) implements ArticleRecord {
    }

    /**
     * A tombstone: the article was retracted, remove its document.
     *
     * @param revision        the revision it retracts, from the tombstone's header; null when it has none
     * @param firstReceivedAt the article's routing date, from the tombstone's header; null when it has none
     */
    record Retraction(String id, Long revision, Instant firstReceivedAt) implements ArticleRecord {
    }

    /** A record that cannot be published; it goes to the dead-letter topic with this reason. */
    record Unreadable(ReasonCode reason, String detail) implements ArticleRecord {
    }
}
