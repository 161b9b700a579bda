package io.newsflow.ingest.extract;

import java.time.Instant;
import java.util.List;

/** What a page says about its article; any field may be null when the page does not say it. */
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
}
