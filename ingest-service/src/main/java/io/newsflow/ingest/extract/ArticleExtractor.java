package io.newsflow.ingest.extract;

import io.newsflow.ingest.language.LanguageDetection;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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
        ExtractedPage visible = VisibleMetadata.read(page);
        ExtractedPage declared = jsonLd.orElse(metaTags);
        ExtractedPage merged = declared.orElse(visible);
        List<String> siteNames = siteNames(page, jsonLd.siteName(), metaTags.siteName());
        ExtractedPage meta = merged
                .withCanonicalUrl(PageAddress.choose(page.location(), jsonLd.canonicalUrl(), metaTags.canonicalUrl()))
                .withTitleAuthorsAndDate(Headline.choose(page, declared.title(), merged.siteName()),
                        authors(siteNames, jsonLd.authors(), metaTags.authors(), () -> VisibleMetadata.bylines(page)),
                        publishedAt(jsonLd.publishedAt(), metaTags.publishedAt(), visible.publishedAt()));
        String body = String.join("\n\n", MainContent.paragraphs(page.body()));
        // The metadata's body is JSON-LD articleBody: the fallback when the page's own text is missing or much shorter.
        if (meta.body() != null && body.length() < meta.body().length() * ARTICLE_BODY_FALLBACK_RATIO) {
            body = meta.body();
        }
        return meta.with(meta.title(), LanguageDetection.primaryCode(meta.language()),
                body.isBlank() ? null : body);
    }

    /** The first source's people; a source naming only the site itself gives way to one naming people. */
    @SafeVarargs
    private static List<String> authors(List<String> siteNames, List<String> jsonLd, List<String> metaTags,
                                        Supplier<List<String>>... more) {
        List<Supplier<List<String>>> sources = new ArrayList<>(List.of(() -> jsonLd, () -> metaTags));
        sources.addAll(Arrays.asList(more));
        List<String> siteOnly = List.of();
        for (Supplier<List<String>> source : sources) {
            List<String> names = AuthorNames.clean(source.get(), siteNames);
            if (AuthorNames.onlySiteNames(names, siteNames)) {
                siteOnly = siteOnly.isEmpty() ? names : siteOnly;
            } else if (!names.isEmpty()) {
                return names;
            }
        }
        return siteOnly;
    }

    /** The site's own names, which are not authors: publisher, og:site_name, and the host. */
    private static List<String> siteNames(Document page, String... declared) {
        List<String> names = new ArrayList<>(Arrays.asList(declared));
        try {
            String host = URI.create(page.location()).getHost();
            if (host != null) {
                String bare = host.replaceFirst("^www\\.", "");
                names.add(bare);
                names.add(bare.substring(0, bare.indexOf('.') < 0 ? bare.length() : bare.indexOf('.')));
            }
        } catch (IllegalArgumentException e) {
            // no usable page address: the declared names are all there is
        }
        return names;
    }

    /**
     * The first date the page declares, most reliable first; a date without a time of day (midnight UTC) gives way
     * to another source's time on the same day.
     */
    private static Instant publishedAt(Instant... candidates) {
        Instant first = Arrays.stream(candidates).filter(Objects::nonNull).findFirst().orElse(null);
        if (first == null || !first.equals(first.truncatedTo(ChronoUnit.DAYS))) {
            return first;
        }
        return Arrays.stream(candidates).filter(Objects::nonNull)
                .filter(c -> !c.equals(c.truncatedTo(ChronoUnit.DAYS)) && c.truncatedTo(ChronoUnit.DAYS).equals(first))
                .findFirst().orElse(first);
    }
}
