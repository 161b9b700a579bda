package io.newsflow.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Reads feeds with ROME (RSS 0.9x/1.0/2.0 and Atom; DOCTYPEs refused, so no external entities) and
 * turns an entry into an article from the feed's own content: the fallback when the entry's page
 * cannot be fetched or has no extractable text.
 */
final class FeedEntries {

    private FeedEntries() {
    }

    static SyndFeed parse(byte[] xml) throws IOException, FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(new XmlReader(new ByteArrayInputStream(xml)));
    }

    /** The id that tells entries apart across polls: the guid/Atom id, else the link, else the title. */
    static String idOf(SyndEntry entry) {
        if (entry.getUri() != null && !entry.getUri().isBlank()) {
            return entry.getUri().strip();
        }
        return entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink().strip() : Objects.toString(entry.getTitle(), "");
    }

    static InboundArticle fromFeedContent(SyndEntry entry, String sourceName) {
        return new InboundArticle(entry.getLink(), new Source(sourceName, null), entry.getTitle(), null,
                text(content(entry)), authors(entry), null, instant(entry.getPublishedDate()), instant(entry.getUpdatedDate()));
    }

    static List<String> authors(SyndEntry entry) {
        List<String> authors = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                authors.add(person.getName());
            }
        }
        if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            authors.add(entry.getAuthor());
        }
        return authors;
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The fullest content the entry has: content:encoded / Atom content, else the description / summary. */
    private static String content(SyndEntry entry) {
        String best = entry.getDescription() == null ? null : entry.getDescription().getValue();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && (best == null || content.getValue().length() > best.length())) {
                best = content.getValue();
            }
        }
        return best;
    }

    /** Entry content is usually HTML: one paragraph per block, markup and entities gone. */
    private static String text(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        List<String> blocks = new ArrayList<>();
        for (Element block : fragment.body().select("p, li, h2, h3, blockquote")) {
            if (block.select("p, li, h2, h3, blockquote").size() == 1 && !block.text().isBlank()) {
                blocks.add(block.text());
            }
        }
        return blocks.isEmpty() ? fragment.body().text() : String.join("\n\n", blocks);
    }
}
