package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a page into the runs of text a reader sees as paragraphs: every block element ends a run, and
 * so does a {@code <br>}. Prose outside {@code <p>} therefore counts like a paragraph: text broken by
 * {@code <br>} inside a {@code <div>} or {@code <td>}, and bare text beside block elements (older CMSs,
 * portals). Each run remembers how much of it is link text and the element it sits in.
 */
final class TextBlocks {

    /** One paragraph as seen: its text, how many of its characters are link text, and the element holding it. */
    record Block(String text, int linkChars, Element container) {

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        /** A paragraph element's score belongs to its parent; a bare run's to the element it is written in. */
        Element scoredFrom() {
            return PARAGRAPH_TAGS.contains(container.tagName()) && container.parent() != null ? container.parent() : container;
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "ul", "ol", "blockquote", "div",
            "section", "article", "main", "table", "tbody", "thead", "tr", "td", "th", "dl", "dd", "dt", "header", "footer", "body", "hr",
            "address", "center", "details", "summary", "caption", "figure", "form", "fieldset", "aside", "nav");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt");

    private TextBlocks() {
    }

    static List<Block> of(Element root) {
        Collector collector = new Collector();
        collector.walk(root, root, false);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private int linked;
        private Element container;

        void walk(Element element, Element holder, boolean inLink) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    append(text.getWholeText(), inLink, holder);
                } else if (child instanceof Element inner) {
                    String tag = inner.tagName();
                    if (tag.equals("br")) {
                        flush();
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        walk(inner, inner, false);
                        flush();
                    } else {
                        walk(inner, holder, inLink || tag.equals("a"));
                    }
                }
            }
        }

        private void append(String text, boolean inLink, Element holder) {
            if (text.isBlank() && run.isEmpty()) {
                return;
            }
            String collapsed = text.replaceAll("\\s+", " ");
            if (run.isEmpty()) {
                collapsed = collapsed.stripLeading();
                container = holder;
            } else if (run.charAt(run.length() - 1) == ' ' && collapsed.startsWith(" ")) {
                collapsed = collapsed.substring(1);
            }
            run.append(collapsed);
            if (inLink) {
                linked += collapsed.strip().length();
            }
        }

        void flush() {
            String text = run.toString().strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(text, Math.min(linked, text.length()), container));
            }
            run.setLength(0);
            linked = 0;
            container = null;
        }
    }
}
