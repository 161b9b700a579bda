package io.newsflow.enrich.topics;

import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.text.Stopwords;
import io.newsflow.enrich.text.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the topics the Naive Bayes model was trained on, as calibrated probabilities: the log
 * scores go through {@link TemperatureScaling} before the softmax, so that "0.9" means right about
 * nine times in ten on held-out BBC text, not the 0-or-1 certainty raw Naive Bayes claims.
 */
public final class NaiveBayesTopicScorer implements TopicScorer {

    /** News-agency credits ("(Reuters)", "AFP -") say who wrote a story, not what it is about. */
    private static final Set<String> AGENCY_CREDITS = Set.of("reuters", "afp", "ap", "upi");

    private final NaiveBayesModel model;
    private final TemperatureScaling scaling;

    public NaiveBayesTopicScorer(NaiveBayesModel model, TemperatureScaling scaling) {
        this.model = model;
        this.scaling = scaling;
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
        double[] probabilities = scaling.probabilities(model.logScores(words), known);
        for (int i = 0; i < probabilities.length; i++) {
            scores.put(model.topics().get(i), probabilities[i]);
        }
        return scores;
    }
}
