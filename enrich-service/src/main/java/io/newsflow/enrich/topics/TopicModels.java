package io.newsflow.enrich.topics;

/**
 * The topic scoring the service uses, in one place so the evaluation measures exactly that:
 * the BBC-trained Naive Bayes model for the five topics it knows, the lexicon for all seventeen.
 */
public final class TopicModels {

    public static final String NAIVE_BAYES_RESOURCE = "/topics/naive-bayes-bbc.tsv.gz";
    /*
     * All three fitted or chosen on held-out folds of the BBC TRAINING split only (5-fold
     * cross-validation; BBC TEST and AG News never seen), by enrich-evaluation's CalibrateTopics,
     * which prints them. The temperature: maximum likelihood of the true label, on whole articles and
     * their leads. The lexicon's steepness and weight: the most say for the lexicon that costs at
     * most half a point of cross-validated accuracy (see README).
     */
    public static final TemperatureScaling TEMPERATURE = new TemperatureScaling(0.3580, 0.75);
    public static final double LEXICON_STEEPNESS = 1.5;
    public static final double LEXICON_WEIGHT = 1.0;

    private TopicModels() {
    }

    public static NaiveBayesModel naiveBayes() {
        return NaiveBayesModel.load(NAIVE_BAYES_RESOURCE);
    }

    public static TopicScorer standardScorer(NaiveBayesModel model) {
        return new BlendedTopicScorer(new NaiveBayesTopicScorer(model, TEMPERATURE),
                new LexiconTopicScorer(LEXICON_STEEPNESS), LEXICON_WEIGHT);
    }

    /** Recorded in enricherVersion. */
    public static String description() {
        return "topics=naive-bayes-bbc-calibrated+lexicon-iptc-2";
    }
}
