package io.newsflow.enrich.topics;

import io.newsflow.enrich.tagging.ArticleText;

import java.util.HashMap;
import java.util.Map;

/**
 * The trained classifier and the lexicon as two independent pieces of evidence, combined per topic
 * by noisy-OR: {@code 1 - (1 - trained) * (1 - weight * lexicon)}. A topic the model was never
 * trained on gets the lexicon's (damped) score alone; a trained topic the lexicon also sees gets
 * more confident; and plain lexicon evidence (war words in a story about an election abroad) can
 * outrank a model that only knows the five BBC labels.
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
        Map<IptcTopic, Double> scores = new HashMap<>(trained.score(article));
        lexicon.score(article).forEach((topic, score) ->
                scores.merge(topic, lexiconWeight * score, (a, b) -> 1 - (1 - a) * (1 - b)));
        return scores;
    }
}
