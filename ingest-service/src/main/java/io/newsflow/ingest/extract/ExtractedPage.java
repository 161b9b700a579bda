package io.newsflow.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about its article. Each kind of metadata (JSON-LD, OpenGraph and meta tags, the
 * visible page) gives one of these, with null fields (empty authors) where it says nothing; the
 * extractor merges them, most reliable first, and sets the body it extracted.
 */
public record ExtractedPage(
        String title,
        String subtitle,
        List<String> authors,
        Instant publishedAt,
        Instant modifiedAt,
        String canonicalUrl,
        String siteName,
        String language,
        String leadImage,
        String body) {

    static final ExtractedPage EMPTY = new ExtractedPage(null, null, List.of(), null, null, null, null, null, null, null);

    public ExtractedPage {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Field by field: this one's value where it has one, else the other's. */
    ExtractedPage orElse(ExtractedPage other) {
        return new ExtractedPage(
                first(title, other.title),
                first(subtitle, other.subtitle),
                authors.isEmpty() ? other.authors : authors,
                first(publishedAt, other.publishedAt),
                first(modifiedAt, other.modifiedAt),
                first(canonicalUrl, other.canonicalUrl),
                first(siteName, other.siteName),
                first(language, other.language),
                first(leadImage, other.leadImage),
                first(body, other.body));
    }

    ExtractedPage with(String title, String language, String body) {
        return new ExtractedPage(title, subtitle, authors, publishedAt, modifiedAt, canonicalUrl, siteName, language, leadImage, body);
    }

    ExtractedPage withTitleAuthorsAndDate(String title, List<String> authors, Instant publishedAt) {
        return new ExtractedPage(title, subtitle, authors, publishedAt, modifiedAt, canonicalUrl, siteName, language, leadImage, body);
    }

    ExtractedPage withCanonicalUrl(String url) {
        return new ExtractedPage(title, subtitle, authors, publishedAt, modifiedAt, url, siteName, language, leadImage, body);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
