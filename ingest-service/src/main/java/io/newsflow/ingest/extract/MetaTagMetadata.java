package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;

/** What a page's head says: OpenGraph, Twitter cards, article:* and the common meta names, canonical link, lang. */
final class MetaTagMetadata {

    private MetaTagMetadata() {
    }

    static ExtractedPage read(Document page) {
        Map<String, String> meta = index(page);
        return new ExtractedPage(
                first(meta, "og:title", "twitter:title", "parsely-title", "dc.title"),
                first(meta, "og:description", "description", "twitter:description", "dc.description"),
                authors(page),
                date(meta, "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                        "date", "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date"),
                date(meta, "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified"),
                canonical(page, meta),
                first(meta, "og:site_name", "application-name", "publisher"),
                language(page, meta),
                absolute(page, first(meta, "og:image", "og:image:url", "twitter:image", "twitter:image:src")),
                null);
    }

    /** Every meta tag's content by its property, name or itemprop (lower case), first non-empty one kept: one pass over the page. */
    private static Map<String, String> index(Document page) {
        Map<String, String> meta = new HashMap<>();
        for (Element tag : page.getElementsByTag("meta")) {
            String content = tag.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String key = tag.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
        return meta;
    }

    /** The content of the first of these meta properties or names that the page has. */
    private static String first(Map<String, String> meta, String... keys) {
        for (String key : keys) {
            String content = meta.get(key);
            if (content != null) {
                return content;
            }
        }
        return null;
    }

    private static Instant date(Map<String, String> meta, String... keys) {
        return Dates.parse(first(meta, keys));
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
    private static String canonical(Document page, Map<String, String> meta) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String href = link != null ? link.attr("href").strip() : "";
        return href.isEmpty() ? first(meta, "og:url") : href;
    }

    private static String language(Document page, Map<String, String> meta) {
        Element html = page.selectFirst("html[lang]");
        if (html != null && !html.attr("lang").isBlank()) {
            return html.attr("lang").strip();
        }
        Element httpEquiv = page.selectFirst("meta[http-equiv~=(?i)content-language]");
        if (httpEquiv != null && !httpEquiv.attr("content").isBlank()) {
            return httpEquiv.attr("content").strip();
        }
        String locale = first(meta, "og:locale");
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
