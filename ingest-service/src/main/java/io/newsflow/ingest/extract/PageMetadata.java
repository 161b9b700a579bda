package io.newsflow.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What one kind of page metadata (JSON-LD, OpenGraph and meta tags, the visible page) says about
 * the article. Fields are null (authors empty) where that kind says nothing.
 */
record PageMetadata(
        String title,
        String subtitle,
        List<String> authors,
        Instant publishedAt,
        Instant modifiedAt,
        String canonicalUrl,
        String siteName,
        String language,
        String leadImage,
        String articleBody) {

    static final PageMetadata EMPTY = new PageMetadata(null, null, List.of(), null, null, null, null, null, null, null);

    PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Field by field: this one's value where it has one, else the other's. */
    PageMetadata orElse(PageMetadata other) {
        return new PageMetadata(
                first(title, other.title),
                first(subtitle, other.subtitle),
                authors.isEmpty() ? other.authors : authors,
                first(publishedAt, other.publishedAt),
                first(modifiedAt, other.modifiedAt),
                first(canonicalUrl, other.canonicalUrl),
                first(siteName, other.siteName),
                first(language, other.language),
                first(leadImage, other.leadImage),
                first(articleBody, other.articleBody));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
