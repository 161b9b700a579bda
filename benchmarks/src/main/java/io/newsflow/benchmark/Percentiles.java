package io.newsflow.benchmark;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a finished sample; enough for a report, no streaming needed. */
record Percentiles(double[] sorted) {

    static Percentiles of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Percentiles(sorted);
    }

    double at(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    int count() {
        return sorted.length;
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
