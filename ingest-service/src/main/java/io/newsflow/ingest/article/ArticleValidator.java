package io.newsflow.ingest.article;

import io.newsflow.contract.InboundArticle;
import io.newsflow.ingest.normalize.SourceResolver;
import io.newsflow.ingest.normalize.UrlCanonicalizer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The feeder contract's required fields (title, body, and a URL or a source) and dates that can be true. */
final class ArticleValidator {

    /** Feeds in far time zones and skewed clocks date articles a little ahead; a day more is a wrong date. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    /**
     * No news is older: an earlier date is a wrong one, and one article dated year 1 turns the readers'
     * per-day date histogram into more buckets than Elasticsearch answers. It also keeps every accepted
     * date within the JSON Schema's date-time (four-digit years) and Elasticsearch's date range.
     */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private ArticleValidator() {
    }

    static Optional<Rejection> check(InboundArticle article, Instant now) {
        if (isBlank(article.title())) {
            return reject(RejectionReason.MISSING_TITLE, "no title: field 'title' (or the page's headline, the text's first line) is missing or blank");
        }
        if (isBlank(article.body())) {
            return reject(RejectionReason.MISSING_BODY, "no body: field 'body' (or the page's article text) is missing, blank, or nothing but boilerplate");
        }
        if (!isBlank(article.url()) && UrlCanonicalizer.canonicalize(article.url()).isEmpty()) {
            return reject(RejectionReason.INVALID_URL, "field 'url' must be an absolute http(s) URL, got '" + article.url() + "'");
        }
        if (SourceResolver.resolve(article.source(), article.url()) == null) {
            return reject(RejectionReason.MISSING_SOURCE, "give field 'url' or field 'source' (name or domain)");
        }
        Instant latest = now.plus(FUTURE_TOLERANCE);
        for (Instant date : new Instant[] {article.publishedAt(), article.updatedAt()}) {
            if (date != null && date.isBefore(EARLIEST)) {
                return reject(RejectionReason.DATE_OUT_OF_RANGE, "date " + date + " is before " + EARLIEST);
            }
            if (date != null && date.isAfter(latest)) {
                return reject(RejectionReason.FUTURE_DATE, "date " + date + " is more than a day after now (" + now + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<Rejection> reject(RejectionReason reason, String detail) {
        return Optional.of(new Rejection(reason, detail));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
