package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article's text in a page: noise removed, the element with the most prose under it
 * (readability-style scoring of paragraphs by length and commas, credited to parent and
 * grandparent) chosen, and its text blocks returned in order, without link-heavy ones.
 * {@code itemprop="articleBody"} wins when the page marks its body.
 */
final class MainContent {

    private static final Set<String> TEXT_BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "pre");
    private static final Set<String> CONTAINER_BLOCKS = Set.of("li", "blockquote", "div", "section", "td", "dd", "article", "main", "span");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "ul", "ol",
            "blockquote", "div", "section", "article", "main", "table", "tr", "td", "dl", "dd", "dt", "header", "footer");
    private static final int MIN_SCORED_PARAGRAPH = 25;
    private static final double MAX_LINK_DENSITY = 0.5;
    // Marks a <br> through jsoup's whitespace normalisation, so line breaks inside a block survive as paragraph breaks.
    private static final String BREAK = "\u2029";

    private MainContent() {
    }

    /** The article's text blocks, in page order; empty when the page has no prose. */
    static List<String> paragraphs(Element body) {
        Element page = body.clone();
        NoiseElements.remove(page);
        page.select("br").forEach(br -> br.replaceWith(new TextNode(BREAK)));
        Element root = page.selectFirst("[itemprop=articleBody]");
        if (root == null || root.text().length() < 100) {
            root = bestScored(page);
        }
        return blocks(root);
    }

    private static Element bestScored(Element page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : page.select("p")) {
            String text = paragraph.text();
            if (text.length() < MIN_SCORED_PARAGRAPH || LinkDensity.of(paragraph) > MAX_LINK_DENSITY) {
                continue;
            }
            double score = 1 + text.chars().filter(c -> c == ',').count() + Math.min(text.length() / 100.0, 3);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(page);
    }

    private static List<String> blocks(Element root) {
        List<String> blocks = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (!isTextBlock(element) || hasTextBlockAncestor(element, root) || LinkDensity.of(element) > MAX_LINK_DENSITY) {
                continue;
            }
            for (String part : element.text().split(BREAK)) {
                if (!part.isBlank()) {
                    blocks.add(part.strip());
                }
            }
        }
        return blocks;
    }

    private static boolean isTextBlock(Element element) {
        if (TEXT_BLOCKS.contains(element.tagName())) {
            return true;
        }
        // A container holding text itself, with no block inside: old layouts write prose straight into divs.
        return CONTAINER_BLOCKS.contains(element.tagName())
                && element.children().stream().noneMatch(child -> BLOCK_TAGS.contains(child.tagName()))
                && element.textNodes().stream().anyMatch(node -> !node.isBlank() && !node.text().strip().equals(BREAK));
    }

    private static boolean hasTextBlockAncestor(Element element, Element root) {
        for (Element parent = element.parent(); parent != null && parent != root.parent(); parent = parent.parent()) {
            if (parent != element && isTextBlock(parent)) {
                return true;
            }
        }
        return false;
    }
}
