package io.newsflow.enrich.evaluation;

import io.newsflow.enrich.topics.IptcTopic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Single-label evaluation of a multi-label classifier: its best topic against the gold label.
 * Accuracy, and macro-F1 over the gold labels (each label's F1, averaged unweighted).
 */
public final class TopicEvaluation {

    private final Map<String, PrecisionRecall> byLabel = new LinkedHashMap<>();
    private long correct;
    private long total;

    /**
     * @param goldLabel      the document's label
     * @param predictedLabel the label the best topic stands for (null when it stands for none of them)
     */
    public void add(String goldLabel, String predictedLabel) {
        total++;
        boolean right = goldLabel.equals(predictedLabel);
        if (right) {
            correct++;
        }
        byLabel.computeIfAbsent(goldLabel, l -> new PrecisionRecall()).add(right ? 1 : 0, 0, 1);
        if (predictedLabel != null) {
            byLabel.computeIfAbsent(predictedLabel, l -> new PrecisionRecall()).add(0, 1, 0);
        }
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    public double macroF1() {
        return byLabel.values().stream().filter(pr -> pr.gold() > 0).mapToDouble(PrecisionRecall::f1).average().orElse(0);
    }

    public Map<String, PrecisionRecall> byLabel() {
        return byLabel;
    }

    public long total() {
        return total;
    }

    /** The best-scoring topic, or null when nothing scored. */
    public static IptcTopic best(Map<IptcTopic, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
