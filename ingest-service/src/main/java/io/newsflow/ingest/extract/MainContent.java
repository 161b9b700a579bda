package io.newsflow.ingest.extract;

import io.newsflow.ingest.extract.TextBlocks.Block;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article's text in a page: noise removed, the page split into text blocks (paragraphs,
 * and prose outside paragraphs), each block of prose credited to its containers (less the further up),
 * the best container chosen, then every block of the article gathered: a common ancestor when the
 * best candidates share one (one wrapper per paragraph), and the chosen container's siblings that
 * carry prose too (articles split around ad or figure slots, a lead in a separate summary block).
 * {@code itemprop="articleBody"} wins when the page marks its body. Adapted from Readability.js's
 * scoring (Apache-2.0); written here because no maintained Java port of it is on Maven Central.
 */
final class MainContent {

    private static final int MIN_SCORED_BLOCK = 25;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int SCORED_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;

    private MainContent() {
    }

    /** The article's text blocks, in page order; empty when the page has no prose. */
    static List<String> paragraphs(Element body) {
        Element page = body.clone();
        NoiseElements.remove(page);
        List<Block> blocks = TextBlocks.of(page);
        Element marked = page.selectFirst("[itemprop=articleBody]");
        Set<Element> roots = marked != null && marked.text().length() >= 100 ? Set.of(marked) : articleRoots(page, blocks);
        List<String> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            if (block.linkDensity() <= MAX_LINK_DENSITY && !block.container().tagName().equals("h1") && isUnder(block.container(), roots)) {
                paragraphs.add(block.text());
            }
        }
        return paragraphs;
    }

    private static final class Candidate {
        double score;
        int chars;
        int linkChars;
        double finalScore;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static Set<Element> articleRoots(Element page, List<Block> blocks) {
        Map<Element, Candidate> candidates = new HashMap<>();
        for (Block block : blocks) {
            for (Element ancestor = block.container(); ancestor != null; ancestor = ancestor.parent()) {
                Candidate candidate = candidates.computeIfAbsent(ancestor, e -> new Candidate());
                candidate.chars += block.text().length();
                candidate.linkChars += block.linkChars();
            }
            if (block.text().length() < MIN_SCORED_BLOCK || block.linkDensity() > MAX_LINK_DENSITY) {
                continue;
            }
            double score = 1 + block.text().chars().filter(c -> c == ',' || c == '，' || c == '、').count()
                    + Math.min(block.text().length() / 100.0, 3);
            int level = 0;
            for (Element ancestor = block.scoredFrom(); ancestor != null && level < SCORED_LEVELS; ancestor = ancestor.parent(), level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                candidates.get(ancestor).score += score / divider;
            }
        }
        candidates.forEach((element, candidate) -> candidate.finalScore = candidate.score > 0 ? finalScore(element, candidate) : 0);
        List<Map.Entry<Element, Candidate>> ranked = candidates.entrySet().stream()
                .filter(e -> e.getValue().score > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<Element, Candidate> e) -> -e.getValue().finalScore))
                .limit(TOP_CANDIDATES).toList();
        if (ranked.isEmpty()) {
            return Set.of(page);
        }
        Element top = ranked.getFirst().getKey();
        double topScore = ranked.getFirst().getValue().finalScore;
        top = commonAncestorOfTopCandidates(top, topScore, ranked, candidates);
        return withProseSiblings(top, candidates);
    }

    private static double finalScore(Element element, Candidate candidate) {
        return (candidate.score + ClassWeight.of(element)) * (1 - candidate.linkDensity());
    }

    /** Readability's rule: when three of the best candidates sit under one ancestor that scores well, the article is that ancestor. */
    private static Element commonAncestorOfTopCandidates(Element top, double topScore, List<Map.Entry<Element, Candidate>> ranked,
                                                         Map<Element, Candidate> candidates) {
        List<Element> alternatives = ranked.stream().skip(1).map(Map.Entry::getKey)
                .filter(e -> candidates.get(e).finalScore >= 0.75 * topScore).toList();
        if (alternatives.size() < 2) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !ancestor.tagName().equals("#root"); ancestor = ancestor.parent()) {
            Element candidate = ancestor;
            long under = alternatives.stream().filter(alternative -> isUnder(alternative, Set.of(candidate))).count();
            if (under >= 2) {
                return ancestor;
            }
        }
        return top;
    }

    /** The chosen container and those of its siblings that score well or read as prose. */
    private static Set<Element> withProseSiblings(Element top, Map<Element, Candidate> candidates) {
        Set<Element> roots = new HashSet<>();
        roots.add(top);
        Element parent = top.parent();
        if (parent == null) {
            return roots;
        }
        Candidate topCandidate = candidates.get(top);
        double threshold = Math.max(10, topCandidate.finalScore * 0.2);
        for (Element sibling : parent.children()) {
            Candidate candidate = candidates.get(sibling);
            if (sibling == top || candidate == null) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topCandidate.finalScore * 0.2 : 0;
            boolean prose = candidate.chars > 80 && candidate.linkDensity() < 0.25 && candidate.score > 0;
            if (candidate.finalScore + bonus >= threshold || prose) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean isUnder(Element element, Set<Element> roots) {
        for (Element e = element; e != null; e = e.parent()) {
            if (roots.contains(e)) {
                return true;
            }
        }
        return false;
    }
}
