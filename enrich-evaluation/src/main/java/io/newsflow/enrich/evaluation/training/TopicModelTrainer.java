package io.newsflow.enrich.evaluation.training;

import io.newsflow.enrich.topics.IptcTopic;
import io.newsflow.enrich.topics.NaiveBayesTopicScorer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts words per topic over labelled documents: all a multinomial Naive Bayes model needs.
 * Words seen fewer than {@link #MIN_COUNT} times are dropped: they are mostly typos and names
 * that would not recur, and dropping them halves the model file.
 */
public final class TopicModelTrainer {

    static final int MIN_COUNT = 2;

    private final List<IptcTopic> topics;
    private final int[] documents;
    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, Integer> documentFrequencies = new HashMap<>();

    public TopicModelTrainer(List<IptcTopic> topics) {
        this.topics = List.copyOf(topics);
        this.documents = new int[topics.size()];
    }

    public void add(IptcTopic topic, String text) {
        int index = topics.indexOf(topic);
        if (index < 0) {
            throw new IllegalArgumentException("not a topic of this model: " + topic);
        }
        documents[index]++;
        Set<String> distinct = new HashSet<>();
        for (String word : NaiveBayesTopicScorer.features(text)) {
            counts.computeIfAbsent(word, w -> new int[topics.size()])[index]++;
            distinct.add(word);
        }
        distinct.forEach(word -> documentFrequencies.merge(word, 1, Integer::sum));
    }

    public List<IptcTopic> topics() {
        return topics;
    }

    public int[] documents() {
        return documents.clone();
    }

    public Map<String, int[]> counts() {
        Map<String, int[]> kept = new HashMap<>();
        counts.forEach((word, c) -> {
            if (Arrays.stream(c).sum() >= MIN_COUNT) {
                kept.put(word, c);
            }
        });
        return kept;
    }

    public Map<String, Integer> documentFrequencies() {
        return Map.copyOf(documentFrequencies);
    }
}
