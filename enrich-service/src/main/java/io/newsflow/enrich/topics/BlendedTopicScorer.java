package io.newsflow.enrich.topics;

import io.newsflow.enrich.tagging.ArticleText;

import java.util.HashMap;
import java.util.Map;

/**
 * The trained classifier and the lexicon as two independent pieces of evidence, combined per topic
 * by noisy-OR: {@code 1 - (1 - trained) * (1 - weight * lexicon)}. A topic the model was never
 * trained on gets the lexicon's score alone; a trained topic the lexicon also sees gets more
 * confident; and lexicon evidence that fills the text (war words all through a diplomatic crisis)
 * outranks a trained topic the calibrated model is only half sure of because of one paragraph.
 */
public final class BlendedTopicScorer implements TopicScorer {

    private final TopicScorer trained;
    private final TopicScorer lexicon;
    private final double lexiconWeight;

    public BlendedTopicScorer(TopicScorer trained, TopicScorer lexicon, double lexiconWeight) {
        this.trained = trained;
        this.lexicon = lexicon;
        this.lexiconWeight = lexiconWeight;
    }

    @Override
    public Map<IptcTopic, Double> score(ArticleText article) {
        return combine(trained.score(article), lexicon.score(article), lexiconWeight);
    }

    /** The blend itself, for callers that hold both scorers' results (the calibration grid). */
    public static Map<IptcTopic, Double> combine(Map<IptcTopic, Double> trained, Map<IptcTopic, Double> lexicon, double lexiconWeight) {
        Map<IptcTopic, Double> scores = new HashMap<>(trained);
        lexicon.forEach((topic, score) -> scores.merge(topic, lexiconWeight * score, (a, b) -> 1 - (1 - a) * (1 - b)));
        return scores;
    }
}
