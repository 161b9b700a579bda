package io.newsflow.ingest.article;

import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.ingest.identity.ArticleIdentity;
import io.newsflow.ingest.identity.ArticleState;
import io.newsflow.ingest.normalize.UrlCanonicalizer;

import java.time.Instant;

/** Builds raw articles from clean, valid inbound articles. */
final class RawArticleFactory {

    private RawArticleFactory() {
    }

    /** Revision 1 of the article, not yet checked against what was published before. */
    static RawArticle build(InboundArticle in, Source source, String language, String leadImage, Instant receivedAt) {
        String canonicalUrl = UrlCanonicalizer.canonicalize(in.url()).orElse(null);
        String id = canonicalUrl != null
                ? ArticleIdentity.fromUrl(canonicalUrl)
                : ArticleIdentity.fromText(source, in.title(), in.body());
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, in.url(), canonicalUrl, source,
                in.title(), in.subtitle(), in.body(), in.authors(), language, in.publishedAt(), in.updatedAt(),
                receivedAt, leadImage, ArticleIdentity.contentHash(in.title(), in.subtitle(), in.body()), null);
    }

    /** The article with the revision, first copy and first receipt that duplicate detection decided. */
    static RawArticle withState(RawArticle a, ArticleState state) {
        Instant firstReceivedAt = state.firstReceivedAt() > 0 ? Instant.ofEpochMilli(state.firstReceivedAt()) : a.receivedAt();
        return new RawArticle(a.schemaVersion(), a.id(), state.revision(), a.url(), a.canonicalUrl(), a.source(),
                a.title(), a.subtitle(), a.body(), a.authors(), a.language(), a.publishedAt(), a.updatedAt(),
                a.receivedAt(), a.leadImage(), a.contentHash(), state.duplicateOf(), firstReceivedAt);
    }
}
