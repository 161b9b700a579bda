package io.newsflow.ingest.article;

import io.newsflow.contract.InboundArticle;
import io.newsflow.ingest.normalize.SourceResolver;
import io.newsflow.ingest.normalize.UrlCanonicalizer;

import java.util.Optional;

/** The feeder contract's required fields: title, body, and a URL or a source. */
final class ArticleValidator {

    private ArticleValidator() {
    }

    static Optional<Rejection> check(InboundArticle article) {
        if (isBlank(article.title())) {
            return reject(RejectionReason.MISSING_TITLE, "field 'title' is missing or blank");
        }
        if (isBlank(article.body())) {
            return reject(RejectionReason.MISSING_BODY, "field 'body' is missing or blank");
        }
        if (!isBlank(article.url()) && UrlCanonicalizer.canonicalize(article.url()).isEmpty()) {
            return reject(RejectionReason.INVALID_URL, "field 'url' must be an absolute http(s) URL, got '" + article.url() + "'");
        }
        if (SourceResolver.resolve(article.source(), article.url()) == null) {
            return reject(RejectionReason.MISSING_SOURCE, "give field 'url' or field 'source' (name or domain)");
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
