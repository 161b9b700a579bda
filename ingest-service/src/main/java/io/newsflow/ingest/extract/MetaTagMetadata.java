package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** What a page's head says: OpenGraph, Twitter cards, article:* and the common meta names, canonical link, lang. */
final class MetaTagMetadata {

    private MetaTagMetadata() {
    }

    static ExtractedPage read(Document page) {
        return new ExtractedPage(
                first(page, "og:title", "twitter:title", "parsely-title", "dc.title"),
                first(page, "og:description", "description", "twitter:description", "dc.description"),
                authors(page),
                date(page, "article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
                        "date", "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date"),
                date(page, "article:modified_time", "og:updated_time", "dateModified", "last-modified", "dc.date.modified"),
                canonical(page),
                first(page, "og:site_name", "application-name", "publisher"),
                language(page),
                absolute(page, first(page, "og:image", "og:image:url", "twitter:image", "twitter:image:src")),
                null);
    }

    /** The content of the first of these meta properties or names that the page has. */
    static String first(Document page, String... keys) {
        for (String key : keys) {
            for (Element meta : page.select("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]")) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static Instant date(Document page, String... keys) {
        return Dates.parse(first(page, keys));
    }

    private static List<String> authors(Document page) {
        LinkedHashSet<String> authors = new LinkedHashSet<>();
        for (Element meta : page.select("meta[name=author], meta[property=article:author], meta[name=parsely-author], meta[name=dc.creator]")) {
            String content = meta.attr("content").strip();
            // article:author is often a profile URL, which is not a name.
            if (!content.isEmpty() && !content.startsWith("http")) {
                for (String name : content.split("\\s*(?:,|;| and )\\s*")) {
                    if (!name.isBlank()) {
                        authors.add(name.strip());
                    }
                }
            }
        }
        return new ArrayList<>(authors);
    }

    /** As written: resolving it and deciding whether to believe it is {@link PageAddress}'s job. */
    private static String canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String href = link != null ? link.attr("href").strip() : "";
        return href.isEmpty() ? first(page, "og:url") : href;
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html[lang]");
        if (html != null && !html.attr("lang").isBlank()) {
            return html.attr("lang").strip();
        }
        Element httpEquiv = page.selectFirst("meta[http-equiv~=(?i)content-language]");
        if (httpEquiv != null && !httpEquiv.attr("content").isBlank()) {
            return httpEquiv.attr("content").strip();
        }
        String locale = first(page, "og:locale");
        return locale == null ? null : locale.replace('_', '-');
    }

    private static String absolute(Document page, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (url.startsWith("http://") || url.startsWith("https://") || page.location().isEmpty()) {
            return url;
        }
        Element anchor = page.createElement("a").attr("href", url);
        anchor.setBaseUri(page.location());
        return anchor.absUrl("href");
    }
}
