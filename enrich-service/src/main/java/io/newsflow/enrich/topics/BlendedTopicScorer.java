package io.newsflow.enrich.topics;

import io.newsflow.enrich.tagging.ArticleText;

import java.util.HashMap;
import java.util.Map;

/**
 * The trained classifier and the lexicon as two pieces of evidence, combined per topic by noisy-OR:
 * {@code 1 - (1 - support * trained) * (1 - weight * lexicon)}.
 * <p>
 * The trained model knows five topics and must share all its probability among them: it answers
 * "which of these five, if it is one of them". On a story about something else (a diplomatic and
 * military crisis with a paragraph on a gas pipeline) that answer is confident about the wrong
 * thing. Its probabilities are therefore scaled by the <em>share</em> of the text's lexicon
 * evidence that falls on the topics the model knows:
 * {@code (evidence on the five + floor) / (evidence on all seventeen + floor)}, where evidence =
 * -ln(1 - lexicon score), proportional to a topic's lexicon hits per square root of length (the
 * score saturates, the hits do not). A BBC-like article keeps nearly all of the model's confidence;
 * one whose words are mostly conflict's keeps part of it, so conflict, which only the lexicon
 * knows, can rank above a trained topic carried by a few words.
 */
public final class BlendedTopicScorer implements TopicScorer {

    private final TopicScorer trained;
    private final TopicScorer lexicon;
    private final double lexiconWeight;
    private final double supportFloor;

    /**
     * @param supportFloor evidence added to both sides of the share, so that a little lexicon evidence moves it little;
     *                     {@code Double.POSITIVE_INFINITY} turns the scaling off
     */
    public BlendedTopicScorer(TopicScorer trained, TopicScorer lexicon, double lexiconWeight, double supportFloor) {
        this.trained = trained;
        this.lexicon = lexicon;
        this.lexiconWeight = lexiconWeight;
        this.supportFloor = supportFloor;
    }

    @Override
    public Map<IptcTopic, Double> score(ArticleText article) {
        return combine(trained.score(article), lexicon.score(article), lexiconWeight, supportFloor);
    }

    /** The blend itself, for callers that hold both scorers' results (the calibration grid). */
    public static Map<IptcTopic, Double> combine(Map<IptcTopic, Double> trained, Map<IptcTopic, Double> lexicon,
                                                 double lexiconWeight, double supportFloor) {
        double all = 0;
        double known = 0;
        for (Map.Entry<IptcTopic, Double> entry : lexicon.entrySet()) {
            double evidence = evidence(entry.getValue());
            all += evidence;
            known += trained.containsKey(entry.getKey()) ? evidence : 0;
        }
        double share = Double.isInfinite(supportFloor) ? 1 : (known + supportFloor) / (all + supportFloor);
        Map<IptcTopic, Double> scores = new HashMap<>();
        trained.forEach((topic, score) -> scores.put(topic, score * share));
        lexicon.forEach((topic, score) ->
                scores.merge(topic, lexiconWeight * score, (a, b) -> 1 - (1 - a) * (1 - b)));
        return scores;
    }

    /** Inverts the lexicon's 1 - exp(-x): back to x, a count of hits scaled by length. */
    private static double evidence(double lexiconScore) {
        return -Math.log(Math.max(1e-12, 1 - lexiconScore));
    }
}
