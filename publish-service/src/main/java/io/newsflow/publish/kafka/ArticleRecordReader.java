package io.newsflow.publish.kafka;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.EnrichedArticle;
import tools.jackson.core.JacksonException;

import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code news.enriched} record from its raw bytes. The service consumes bytes rather than
 * deserialising in the Kafka client, so that a record it cannot read reaches the listener like any
 * other: the listener tracks its offset in order and dead-letters it with its original bytes.
 * (An ErrorHandlingDeserializer would route it to the container's error handler, which commits
 * the failed record's offset at once, past records still waiting for Elasticsearch.)
 */
public final class ArticleRecordReader {

    /** Elasticsearch refuses a whole bulk request when one document id is longer than this. */
    static final int MAX_ID_BYTES = 512;

    public ArticleRecord read(String key, byte[] value) {
        if (value == null) {
            return validId(key) ? new ArticleRecord.Retraction(key)
                    : new ArticleRecord.Unreadable(DeadLetterReason.INVALID_KEY, "tombstone without a usable article id as key");
        }
        EnrichedArticle article;
        try {
            article = ArticleJson.read(value, EnrichedArticle.class);
        } catch (JacksonException e) {
            return new ArticleRecord.Unreadable(DeadLetterReason.INVALID_JSON, e.getOriginalMessage());
        }
        if (article == null || article.article() == null) {
            return new ArticleRecord.Unreadable(DeadLetterReason.INVALID_ARTICLE, "no article in the record");
        }
        if (!validId(article.id())) {
            return new ArticleRecord.Unreadable(DeadLetterReason.INVALID_ARTICLE, "article id missing or longer than " + MAX_ID_BYTES + " bytes");
        }
        if (article.article().revision() < 0) {
            // External versioning needs a non-negative version; a negative one fails the whole bulk request.
            return new ArticleRecord.Unreadable(DeadLetterReason.INVALID_ARTICLE, "negative revision " + article.article().revision());
        }
        return new ArticleRecord.Upsert(article);
    }

    private static boolean validId(String id) {
        return id != null && !id.isBlank() && id.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES;
    }
}
