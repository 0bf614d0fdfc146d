package com.messageguard.bench;

import java.util.Arrays;

/** The least and the middle of a probe's measurements per round. */
final class Samples {

    private Samples() {
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
