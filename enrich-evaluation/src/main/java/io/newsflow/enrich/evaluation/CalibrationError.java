package io.newsflow.enrich.evaluation;

/**
 * Expected calibration error of the best topic's score: the predictions are put in ten bins by
 * score (0-0.1, ..., 0.9-1), and ECE is the mean, weighted by bin size, of |accuracy - mean score|
 * in each bin (Guo et al., "On Calibration of Modern Neural Networks", 2017). 0 means a score of
 * 0.8 is right eight times in ten; a model that says 0.99 and is right 80 % of the time has ECE
 * near 0.19.
 */
public final class CalibrationError {

    private static final int BINS = 10;

    private final long[] count = new long[BINS];
    private final long[] correct = new long[BINS];
    private final double[] confidence = new double[BINS];

    public void add(double score, boolean right) {
        int bin = Math.min(BINS - 1, (int) (Math.max(0, score) * BINS));
        count[bin]++;
        confidence[bin] += score;
        if (right) {
            correct[bin]++;
        }
    }

    public double value() {
        long total = 0;
        double error = 0;
        for (int bin = 0; bin < BINS; bin++) {
            if (count[bin] > 0) {
                total += count[bin];
                error += Math.abs((double) correct[bin] - confidence[bin]);
            }
        }
        return total == 0 ? 0 : error / total;
    }

    /** Mean best-topic score: next to the accuracy, says whether the scores are too high or too low. */
    public double meanScore() {
        long total = 0;
        double sum = 0;
        for (int bin = 0; bin < BINS; bin++) {
            total += count[bin];
            sum += confidence[bin];
        }
        return total == 0 ? 0 : sum / total;
    }
}
