package com.telephony.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Stats {
    private Stats() {
    }

    /** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
    static double percentile(List<? extends Number> samples, double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples.size());
        samples.forEach(s -> sorted.add(s.doubleValue()));
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The median; for an even count the mean of the two middle samples. */
    static double median(List<? extends Number> samples) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples.size());
        samples.forEach(s -> sorted.add(s.doubleValue()));
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static double min(List<? extends Number> samples) {
        return samples.stream().mapToDouble(Number::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<? extends Number> samples) {
        return samples.stream().mapToDouble(Number::doubleValue).max().orElse(Double.NaN);
    }
}
