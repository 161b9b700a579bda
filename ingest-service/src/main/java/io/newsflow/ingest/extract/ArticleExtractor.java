package io.newsflow.ingest.extract;

import io.newsflow.ingest.language.LanguageDetection;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Extracts the article of an HTML page. Metadata comes from the most reliable place that has it:
 * JSON-LD, then OpenGraph and meta tags, then what the page shows. The body comes from main-content
 * extraction; the JSON-LD {@code articleBody} is used only when the page's own text is missing or
 * much shorter (pages that render their text with scripts).
 */
@Component
public class ArticleExtractor {

    /** Below this share of the JSON-LD articleBody, the extracted text is taken to have failed. */
    private static final double ARTICLE_BODY_FALLBACK_RATIO = 0.5;

    public ExtractedPage extract(Document page) {
        ExtractedPage jsonLd = JsonLdMetadata.read(page);
        ExtractedPage metaTags = MetaTagMetadata.read(page);
        ExtractedPage meta = jsonLd.orElse(metaTags).orElse(VisibleMetadata.read(page))
                .withCanonicalUrl(PageAddress.choose(page.location(), jsonLd.canonicalUrl(), metaTags.canonicalUrl()));
        String body = String.join("\n\n", MainContent.paragraphs(page.body()));
        // The metadata's body is JSON-LD articleBody: the fallback when the page's own text is missing or much shorter.
        if (meta.body() != null && body.length() < meta.body().length() * ARTICLE_BODY_FALLBACK_RATIO) {
            body = meta.body();
        }
        return meta.with(withoutSiteSuffix(meta.title(), meta.siteName()), LanguageDetection.primaryCode(meta.language()),
                body.isBlank() ? null : body);
    }

    /** "Harbour reopens | North Sea Courier" is the window title; the headline is "Harbour reopens". */
    static String withoutSiteSuffix(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            String suffix = separator + siteName;
            if (title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT)) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }
}
