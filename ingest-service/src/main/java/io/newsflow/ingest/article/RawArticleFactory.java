package io.newsflow.ingest.article;

import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.ingest.identity.ArticleIdentity;
import io.newsflow.ingest.normalize.SourceResolver;
import io.newsflow.ingest.normalize.UrlCanonicalizer;

import java.time.Instant;

/** Builds the first revision of a raw article from a normalised, valid inbound article. */
final class RawArticleFactory {

    private RawArticleFactory() {
    }

    static RawArticle firstRevision(InboundArticle in, Instant receivedAt) {
        String canonicalUrl = UrlCanonicalizer.canonicalize(in.url()).orElse(null);
        Source source = SourceResolver.resolve(in.source(), in.url());
        String id = canonicalUrl != null
                ? ArticleIdentity.fromUrl(canonicalUrl)
                : ArticleIdentity.fromText(source, in.title(), in.body());
        return new RawArticle(
                RawArticle.SCHEMA_VERSION,
                id,
                1,
                in.url(),
                canonicalUrl,
                source,
                in.title(),
                in.subtitle(),
                in.body(),
                in.authors(),
                in.language(),
                in.publishedAt(),
                in.updatedAt(),
                receivedAt,
                null,
                ArticleIdentity.contentHash(in.title(), in.subtitle(), in.body()),
                null);
    }
}
