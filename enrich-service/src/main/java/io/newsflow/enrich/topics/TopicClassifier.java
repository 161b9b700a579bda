package io.newsflow.enrich.topics;

import io.newsflow.contract.TopicScore;
import io.newsflow.enrich.tagging.ArticleText;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Multi-label topics: every topic whose score reaches the threshold, best first, at most
 * {@code maxTopics}. An article may get none (a short note with nothing to go on).
 */
public final class TopicClassifier {

    private final TopicScorer scorer;
    private final double threshold;
    private final int maxTopics;

    public TopicClassifier(TopicScorer scorer, double threshold, int maxTopics) {
        this.scorer = scorer;
        this.threshold = threshold;
        this.maxTopics = maxTopics;
    }

    public List<TopicScore> classify(ArticleText article) {
        return scorer.score(article).entrySet().stream()
                .filter(e -> e.getValue() >= threshold)
                .sorted(Map.Entry.<IptcTopic, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().code()))
                .limit(maxTopics)
                .map(e -> new TopicScore(e.getKey().code(), e.getKey().label(), round(e.getValue())))
                .toList();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
