package com.messageguard.engine;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Something several rules derive from the same subject (a text field's contact view, its phrase
 * hits, a draft's language), computed on first use and kept on the subject for the rest of the
 * check. An analysis is identified by its instance: create each once, at start-up.
 *
 * @param <S> what it is computed from: a {@link TextField} or a {@link Draft}
 * @param <T> what it computes
 */
public final class Analysis<S, T> {

    private final String name;
    private final Function<S, T> compute;

    public Analysis(String name, Function<S, T> compute) {
        this.name = name;
        this.compute = compute;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * The results of the analyses of one subject. Subjects belong to one request thread, so the
     * cache needs no locking. A subject has a handful of analyses (nine at most today): a scan of
     * two small arrays by identity finds one faster than a hash map and allocates no entries.
     */
    static final class Cache<S> {

        // Room for every analysis there is without growing on the request path.
        private Analysis<?, ?>[] analyses = new Analysis<?, ?>[12];
        private Object[] results = new Object[12];
        private int size;

        @SuppressWarnings("unchecked")
        <T> T get(Analysis<S, T> analysis, S subject) {
            for (int i = 0; i < size; i++) {
                if (analyses[i] == analysis) {
                    return (T) results[i];
                }
            }
            T value = analysis.compute.apply(subject);
            // Computing may have added other analyses of the same subject (the intents need the phrases).
            if (size == analyses.length) {
                analyses = Arrays.copyOf(analyses, size * 2);
                results = Arrays.copyOf(results, size * 2);
            }
            analyses[size] = analysis;
            results[size] = value;
            size++;
            return value;
        }
    }
}
