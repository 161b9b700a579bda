package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;

/** The share of an element's text that is link text: high for menus and link lists, low for prose. */
final class LinkDensity {

    private LinkDensity() {
    }

    static double of(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) linked / total);
    }
}
