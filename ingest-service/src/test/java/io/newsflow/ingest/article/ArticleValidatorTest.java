package io.newsflow.ingest.article;

import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void aDateMoreThanADayAheadIsRejectedWithItsOwnReason() {
        assertThat(ArticleValidator.check(dated(Instant.parse("2099-01-01T00:00:00Z"), null), NOW))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.FUTURE_DATE));
        assertThat(ArticleValidator.check(dated(null, Instant.parse("2026-11-29T00:00:00Z")), NOW))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.FUTURE_DATE));
    }

    @Test
    void aDateBefore1900IsRejectedWhateverItsYear() {
        for (String date : new String[] {"1899-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"}) {
            assertThat(ArticleValidator.check(dated(Instant.parse(date), null), NOW)).as(date)
                    .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.DATE_OUT_OF_RANGE));
            assertThat(ArticleValidator.check(dated(null, Instant.parse(date)), NOW)).as(date)
                    .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.DATE_OUT_OF_RANGE));
        }
        assertThat(ArticleValidator.check(dated(Instant.parse("1900-01-01T00:00:00Z"), null), NOW)).isEmpty();
    }

    @Test
    void aFewHoursAheadIsClockSkewAndAccepted() {
        assertThat(ArticleValidator.check(dated(Instant.parse("2026-11-27T20:00:00Z"), null), NOW)).isEmpty();
        assertThat(ArticleValidator.check(dated(null, null), NOW)).isEmpty();
    }

    private static InboundArticle dated(Instant publishedAt, Instant updatedAt) {
        return new InboundArticle("https://news.example/a/1", new Source("News", "news.example"), "Title", null,
                "Body.", List.of(), null, publishedAt, updatedAt);
    }
}
