package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The last resort for metadata: what a reader sees (the h1, the window title, a byline, a time element). */
final class VisibleMetadata {

    // "Headline | Site", "Headline - Site", "Headline – Site"
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,40}$");
    private static final Pattern BY = Pattern.compile("(?i)^\\s*(by|words by|written by)\\s+");

    private static final String BYLINE = "[rel=author], [itemprop=author] [itemprop=name], .byline__name, .author-name, "
            + "[class~=(?i)^byline$] a, [class~=(?i)(^|[-_])author(s)?([-_](name|link))?$] a, [class~=(?i)author[-_]?(name|link)$], "
            + "a[href~=(?i)/(author|authors|autor|autoren|auteur|journalist|profile)/[^/]+]";

    private VisibleMetadata() {
    }

    static ExtractedPage read(Document page) {
        Element h1 = page.selectFirst("article h1, main h1, h1");
        String title = h1 != null && !h1.text().isBlank() ? h1.text()
                : page.title().isBlank() ? null : TITLE_SUFFIX.matcher(page.title()).replaceFirst("");
        Element time = page.selectFirst("article time[datetime], main time[datetime], time[datetime]");
        return new ExtractedPage(title, null, List.of(), time == null ? null : Dates.parse(time.attr("datetime")),
                null, null, null, null, null, null);
    }

    /** The byline's names; a search of the whole page, so the extractor asks only when the metadata names no one. */
    static List<String> bylines(Document page) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        // The article's own byline: looked for inside the article first, so that the authors of teasers around it are not taken.
        Element scope = page.selectFirst("article, main, [itemprop=articleBody]");
        List<Element> found = scope == null ? List.of() : scope.select(BYLINE);
        for (Element author : found.isEmpty() ? page.select(BYLINE) : found) {
            String name = BY.matcher(author.text()).replaceFirst("").strip();
            if (!name.isEmpty() && name.length() < 60) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }
}
