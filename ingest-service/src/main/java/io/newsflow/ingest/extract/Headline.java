package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The article's title: what the page's metadata calls it (JSON-LD headline, og:title), checked against
 * the headline it shows ({@code <h1>}): when the metadata's title is the shown headline plus a site or
 * section suffix ("Headline | Sport", "Headline | Site | 28.04.2023") the shown headline is taken; without
 * metadata, the {@code <h1>}, else the window title without the site's suffix. A logo {@code <h1>} (an
 * image, the site's name) is not the title.
 */
final class Headline {

    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " _ ", " / ");
    private static final int MAX_SUFFIX_WORDS = 4;

    private Headline() {
    }

    static String choose(Document page, String metadataTitle, String siteName) {
        List<String> shown = page.select("h1").stream().filter(h1 -> isHeadline(h1, siteName)).map(h1 -> h1.text().strip()).toList();
        if (metadataTitle == null) {
            if (!shown.isEmpty()) {
                return shown.getFirst();
            }
            return page.title().isBlank() ? null : withoutSiteSuffix(page.title(), siteName);
        }
        String title = metadataTitle.strip();
        for (String headline : shown) {
            if (title.length() > headline.length() && title.startsWith(headline)
                    && SEPARATORS.stream().anyMatch(separator -> title.startsWith(separator, headline.length()))) {
                return headline;
            }
        }
        return withoutSiteSuffix(title, siteName);
    }

    private static boolean isHeadline(Element h1, String siteName) {
        String text = h1.text().strip();
        if (text.length() < 3 || text.length() > 300) {
            return false;
        }
        if (siteName != null && text.equalsIgnoreCase(siteName.strip())) {
            return false;
        }
        // A logo: a heading made of little more than an image's alternative text.
        return h1.selectFirst("img, svg") == null || text.split("\\s+").length > 4;
    }

    /** "Harbour reopens | North Sea Courier" is the window title; the headline is "Harbour reopens". */
    static String withoutSiteSuffix(String title, String siteName) {
        String result = title.strip();
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String separator : SEPARATORS) {
                int at = result.lastIndexOf(separator);
                if (at <= 0) {
                    continue;
                }
                String suffix = result.substring(at + separator.length()).strip();
                boolean isSite = siteName != null && suffix.equalsIgnoreCase(siteName.strip());
                // A short tail after a pipe is the site or its section ("| Sport"); after a dash only the site's own name counts.
                boolean shortPipeTail = separator.equals(" | ") && suffix.split("\\s+").length <= MAX_SUFFIX_WORDS;
                if (isSite || shortPipeTail) {
                    result = result.substring(0, at).strip();
                    cut = true;
                    break;
                }
            }
        }
        return result;
    }
}
