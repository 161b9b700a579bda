package io.newsflow.enrich.topics;

import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.text.Stopwords;
import io.newsflow.enrich.text.Words;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the topics the Naive Bayes model was trained on. Raw Naive Bayes posteriors are almost
 * always 0 or 1 (it multiplies hundreds of word probabilities as if they were independent), which
 * makes a threshold meaningless; dividing the log scores by a temperature that grows with the
 * number of known words before the softmax keeps the ranking (so accuracy is unchanged) but lets
 * an article that is half politics, half economy score high on both.
 */
public final class NaiveBayesTopicScorer implements TopicScorer {

    /** News-agency credits ("(Reuters)", "AFP -") say who wrote a story, not what it is about. */
    private static final Set<String> AGENCY_CREDITS = Set.of("reuters", "afp", "ap", "upi");

    private final NaiveBayesModel model;
    private final double minTemperature;
    private final double wordsPerDegree;

    /**
     * @param minTemperature the lowest temperature: even a short text is not allowed a certainty that
     *                       its few words cannot justify
     * @param wordsPerDegree known words per degree of temperature above that
     */
    public NaiveBayesTopicScorer(NaiveBayesModel model, double minTemperature, double wordsPerDegree) {
        this.model = model;
        this.minTemperature = minTemperature;
        this.wordsPerDegree = wordsPerDegree;
    }

    /** The words the model is trained and applied on: the classifier's one definition of features. */
    public static List<String> features(String text) {
        return Words.of(text).stream()
                .filter(w -> w.length() > 1 && !Stopwords.contains(w) && !AGENCY_CREDITS.contains(w))
                .toList();
    }

    @Override
    public Map<IptcTopic, Double> score(ArticleText article) {
        List<String> words = features(article.text());
        int known = model.known(words);
        Map<IptcTopic, Double> scores = new HashMap<>();
        if (known == 0) {
            return scores;
        }
        double[] logScores = model.logScores(words);
        double temperature = Math.max(minTemperature, known / wordsPerDegree);
        double max = Arrays.stream(logScores).max().orElseThrow();
        double sum = 0;
        double[] exps = new double[logScores.length];
        for (int i = 0; i < logScores.length; i++) {
            exps[i] = Math.exp((logScores[i] - max) / temperature);
            sum += exps[i];
        }
        for (int i = 0; i < exps.length; i++) {
            scores.put(model.topics().get(i), exps[i] / sum);
        }
        return scores;
    }
}
