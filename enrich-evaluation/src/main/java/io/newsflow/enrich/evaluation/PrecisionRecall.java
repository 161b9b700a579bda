package io.newsflow.enrich.evaluation;

/** Counts of true positives, predictions and gold items, and the usual ratios over them. */
public final class PrecisionRecall {

    private long truePositives;
    private long predicted;
    private long gold;

    public void add(long truePositives, long predicted, long gold) {
        this.truePositives += truePositives;
        this.predicted += predicted;
        this.gold += gold;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long gold() {
        return gold;
    }

    @Override
    public String toString() {
        return String.format("P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d)", precision(), recall(), f1(), gold, predicted);
    }
}
