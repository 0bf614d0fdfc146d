package com.messageguard.engine;

import com.messageguard.text.NormalizedText;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One text field of a draft ({@code subject} or {@code body}), normalized once for all rules.
 * Analyses that several rules need (a view with spelled-out separators resolved, tokens) are
 * computed on first use and kept here, so each is done once per request. A draft belongs to one
 * request thread, so the cache needs no locking.
 */
public final class TextField {

    /** A named analysis of a text field, computed at most once per field. */
    public static final class Analysis<T> {
        private final String name;
        private final Function<TextField, T> compute;

        public Analysis(String name, Function<TextField, T> compute) {
            this.name = name;
            this.compute = compute;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String name;
    private final NormalizedText normalized;
    private final Map<Analysis<?>, Object> analyses = new HashMap<>(4);

    public TextField(String name, NormalizedText normalized) {
        this.name = name;
        this.normalized = normalized;
    }

    public String name() {
        return name;
    }

    public NormalizedText normalized() {
        return normalized;
    }

    public String original() {
        return normalized.original();
    }

    /** The text detectors search: NFKC, invisible characters removed, look-alike letters folded. */
    public String text() {
        return normalized.text();
    }

    @SuppressWarnings("unchecked")
    public <T> T analysis(Analysis<T> analysis) {
        Object value = analyses.get(analysis);
        if (value == null) {
            value = analysis.compute.apply(this);
            analyses.put(analysis, value);
        }
        return (T) value;
    }
}
