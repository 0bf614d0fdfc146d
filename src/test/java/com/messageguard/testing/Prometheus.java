package com.messageguard.testing;

/** Reads values out of the Prometheus text that {@code GET /metrics} answers. */
public final class Prometheus {

    private Prometheus() {
    }

    /** The value of one series, e.g. {@code messageguard_checks_total{verdict="BLOCK"}}. */
    public static double value(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        throw new AssertionError("no series " + series);
    }
}
