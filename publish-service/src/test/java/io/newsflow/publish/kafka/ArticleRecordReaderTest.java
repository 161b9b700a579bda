package io.newsflow.publish.kafka;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.NewsHeaders;
import org.apache.kafka.common.header.internals.RecordHeaders;
import io.newsflow.publish.ArticleFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRecordReaderTest {

    private final ArticleRecordReader reader = new ArticleRecordReader();

    @Test
    void readsAnEnrichedArticle() {
        byte[] json = ArticleJson.write(ArticleFixtures.article("a1", 3, "Title"));
        assertThat(reader.read("a1", json)).isInstanceOfSatisfying(ArticleRecord.Upsert.class,
                upsert -> assertThat(upsert.article().article().revision()).isEqualTo(3));
    }

    @Test
    void aTombstoneRetractsTheKeysArticle() {
        assertThat(reader.read("a1", null)).isEqualTo(new ArticleRecord.Retraction("a1", null, null));
        assertThat(reader.read(null, null)).isInstanceOf(ArticleRecord.Unreadable.class);
    }

    @Test
    void aTombstoneSaysWhichRevisionAndPeriodItRetractsInItsHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(NewsHeaders.RETRACTED_REVISION, "4".getBytes(StandardCharsets.UTF_8));
        headers.add(NewsHeaders.FIRST_RECEIVED_AT, "2026-10-31T23:59:00Z".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read("a1", null, headers))
                .isEqualTo(new ArticleRecord.Retraction("a1", 4L, Instant.parse("2026-10-31T23:59:00Z")));

        RecordHeaders broken = new RecordHeaders();
        broken.add(NewsHeaders.RETRACTED_REVISION, "four".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read("a1", null, broken)).isInstanceOf(ArticleRecord.Unreadable.class);
    }

    @Test
    void rejectsWhatElasticsearchWouldRefuseForTheWholeBatch() {
        assertThat(reader.read("k", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ArticleRecord.Unreadable.class, u -> assertThat(u.reason()).isEqualTo(DeadLetterReason.INVALID_JSON));
        assertThat(reader.read("k", "{\"schemaVersion\": 1, \"truncatedForTagging\": false}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ArticleRecord.Unreadable.class, u -> assertThat(u.reason()).isEqualTo(DeadLetterReason.INVALID_ARTICLE));
        assertThat(reader.read("k", ArticleJson.write(ArticleFixtures.article("x".repeat(600), 1, "Title"))))
                .isInstanceOf(ArticleRecord.Unreadable.class);
        assertThat(reader.read("k", ArticleJson.write(ArticleFixtures.article("a1", -1, "Title"))))
                .isInstanceOf(ArticleRecord.Unreadable.class);
    }
}
