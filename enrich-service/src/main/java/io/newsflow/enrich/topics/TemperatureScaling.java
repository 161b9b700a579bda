package io.newsflow.enrich.topics;

/**
 * Temperature scaling of the Naive Bayes log scores before the softmax: {@code T = scale * known^exponent}.
 * Naive Bayes adds one log-likelihood per word as if the words were independent, so its margins
 * grow with the length of the text and its raw posteriors are 0 or 1; a temperature that grows with
 * the number of known words turns them into probabilities that match how often the model is right.
 * Both numbers are fitted (maximum likelihood of the true label) on held-out folds of the BBC
 * training split by enrich-evaluation's {@code CalibrateTopics}; the ranking, hence accuracy, is
 * unchanged by them.
 */
public record TemperatureScaling(double scale, double exponent) {

    public TemperatureScaling {
        if (!(scale > 0) || exponent < 0) {
            throw new IllegalArgumentException("scale must be > 0 and exponent >= 0: " + scale + ", " + exponent);
        }
    }

    public double temperature(int knownWords) {
        return scale * Math.pow(Math.max(1, knownWords), exponent);
    }

    /** Softmax of the log scores at the temperature for this many known words. */
    public double[] probabilities(double[] logScores, int knownWords) {
        double temperature = temperature(knownWords);
        double max = Double.NEGATIVE_INFINITY;
        for (double score : logScores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        double[] probabilities = new double[logScores.length];
        for (int i = 0; i < logScores.length; i++) {
            probabilities[i] = Math.exp((logScores[i] - max) / temperature);
            sum += probabilities[i];
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= sum;
        }
        return probabilities;
    }
}
