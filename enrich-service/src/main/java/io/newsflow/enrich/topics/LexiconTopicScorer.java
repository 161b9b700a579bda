package io.newsflow.enrich.topics;

import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.text.ResourceLines;
import io.newsflow.enrich.text.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Topics from a hand-written keyword lexicon ({@code topics/lexicon.tsv}, its sources in its header): the method for the IPTC
 * topics with no labelled training data (conflict, crime, disaster, environment, health, ...).
 * Score = 1 - exp(-hits / sqrt(words)): hits are lexicon matches (title words count double), and
 * dividing by the square root of the length lets a long article need more evidence than a short
 * one without drowning a short one's two telling words.
 */
public final class LexiconTopicScorer implements TopicScorer {

    private static final int MIN_LENGTH = 20;
    private static final double TITLE_WEIGHT = 2.0;

    private final Map<String, List<Term>> exactByFirstWord = new HashMap<>();
    /** One-word prefix entries ("elect*") by their prefix: a token looks up each of its own prefixes. */
    private final Map<String, List<Term>> prefixTerms = new HashMap<>();
    private int longestPrefix;
    private final double steepness;

    /** One lexicon entry: its words; the last one a prefix when the entry ended in '*'. */
    private record Term(IptcTopic topic, String[] words, boolean prefix) {

        boolean matchesAt(List<String> tokens, int start) {
            if (start + words.length > tokens.size()) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                String token = tokens.get(start + i);
                boolean last = i == words.length - 1;
                if (!(last && prefix ? token.startsWith(words[i]) : token.equals(words[i]))) {
                    return false;
                }
            }
            return true;
        }
    }

    public LexiconTopicScorer(double steepness) {
        this.steepness = steepness;
        for (String line : ResourceLines.read("/topics/lexicon.tsv")) {
            String[] columns = line.split("\t");
            IptcTopic topic = IptcTopics.byCode(columns[0]);
            for (String entry : columns[1].split(",")) {
                add(topic, entry.strip());
            }
        }
    }

    private void add(IptcTopic topic, String entry) {
        boolean prefix = entry.endsWith("*");
        String phrase = prefix ? entry.substring(0, entry.length() - 1) : entry;
        Term term = new Term(topic, Words.of(phrase).toArray(String[]::new), prefix);
        if (prefix && term.words().length == 1) {
            prefixTerms.computeIfAbsent(term.words()[0], p -> new ArrayList<>()).add(term);
            longestPrefix = Math.max(longestPrefix, term.words()[0].length());
        } else {
            exactByFirstWord.computeIfAbsent(term.words()[0], w -> new ArrayList<>()).add(term);
        }
    }

    /** The topics the lexicon has entries for. */
    public Set<IptcTopic> topics() {
        Set<IptcTopic> topics = new HashSet<>();
        exactByFirstWord.values().forEach(terms -> terms.forEach(t -> topics.add(t.topic())));
        prefixTerms.values().forEach(terms -> terms.forEach(t -> topics.add(t.topic())));
        return topics;
    }

    @Override
    public Map<IptcTopic, Double> score(ArticleText article) {
        Map<IptcTopic, Double> hits = new HashMap<>();
        countHits(Words.of(article.title()), TITLE_WEIGHT, hits);
        List<String> words = Words.of(article.text().substring(article.titleEnd()));
        countHits(words, 1.0, hits);
        double scale = Math.sqrt(Math.max(MIN_LENGTH, words.size()));
        Map<IptcTopic, Double> scores = new HashMap<>();
        hits.forEach((topic, count) -> scores.put(topic, 1 - Math.exp(-steepness * count / scale)));
        return scores;
    }

    private void countHits(List<String> tokens, double weight, Map<IptcTopic, Double> hits) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Term term : exactByFirstWord.getOrDefault(tokens.get(i), List.of())) {
                if (term.matchesAt(tokens, i)) {
                    hits.merge(term.topic(), weight, Double::sum);
                }
            }
            String token = tokens.get(i);
            for (int length = 1; length <= Math.min(token.length(), longestPrefix); length++) {
                for (Term term : prefixTerms.getOrDefault(token.substring(0, length), List.of())) {
                    hits.merge(term.topic(), weight, Double::sum);
                }
            }
        }
    }
}
