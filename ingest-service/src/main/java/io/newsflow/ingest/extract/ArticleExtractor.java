package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/** Extracts the article of an HTML page. */
@Component
public class ArticleExtractor {

    public ExtractedPage extract(Document page) {
        String title = meta(page, "og:title");
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 != null ? h1.text() : page.title();
        }
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.body();
        }
        String body = root.select("p").stream().map(Element::text).filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n"));
        Element canonical = page.selectFirst("link[rel=canonical]");
        return new ExtractedPage(title, meta(page, "og:description"), List.of(), null, null,
                canonical == null ? null : canonical.absUrl("href"), meta(page, "og:site_name"),
                page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"), meta(page, "og:image"), body);
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content");
    }
}
