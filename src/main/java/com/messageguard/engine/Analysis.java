package com.messageguard.engine;

import java.util.HashMap;
import java.util.Map;
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
     * cache needs no locking.
     */
    static final class Cache<S> {

        // Room for every analysis there is (nine) without growing on the request path.
        private final Map<Analysis<S, ?>, Object> results = new HashMap<>(16);

        @SuppressWarnings("unchecked")
        <T> T get(Analysis<S, T> analysis, S subject) {
            Object value = results.get(analysis);
            if (value == null) {
                value = analysis.compute.apply(subject);
                results.put(analysis, value);
            }
            return (T) value;
        }
    }
}
