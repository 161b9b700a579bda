package io.newsflow.ingest.extract;

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
        PageMetadata meta = JsonLdMetadata.read(page)
                .orElse(MetaTagMetadata.read(page))
                .orElse(VisibleMetadata.read(page));
        String body = String.join("\n\n", MainContent.paragraphs(page.body()));
        if (meta.articleBody() != null && body.length() < meta.articleBody().length() * ARTICLE_BODY_FALLBACK_RATIO) {
            body = meta.articleBody();
        }
        return new ExtractedPage(
                withoutSiteSuffix(meta.title(), meta.siteName()),
                meta.subtitle(),
                meta.authors(),
                meta.publishedAt(),
                meta.modifiedAt(),
                meta.canonicalUrl(),
                meta.siteName(),
                primaryLanguage(meta.language()),
                meta.leadImage(),
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

    /** "en-GB" and "en_US" are English: the event carries ISO 639-1 codes. */
    static String primaryLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String primary = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
