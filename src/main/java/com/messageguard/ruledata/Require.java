package com.messageguard.ruledata;

import java.util.List;
import java.util.Map;

/**
 * Checks used by the rule-data records while they are read. They throw
 * {@link IllegalArgumentException}; the YAML reader adds the file, line and path of the value.
 */
final class Require {

    private Require() {
    }

    static <T> T present(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        return value;
    }

    static String text(String name, String value) {
        if (present(name, value).isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
        return value.strip();
    }

    static String withoutPlaceholders(String name, String value) {
        if (value.matches("(?s).*\\{[A-Za-z]+}.*")) {
            throw new IllegalArgumentException("'" + name + "' may not hold {placeholders}: it is shown without a finding");
        }
        return value;
    }

    static int positive(String name, Integer value) {
        if (present(name, value) <= 0) {
            throw new IllegalArgumentException("'" + name + "' must be greater than 0, was " + value);
        }
        return value;
    }

    static long positive(String name, Long value) {
        if (present(name, value) <= 0) {
            throw new IllegalArgumentException("'" + name + "' must be greater than 0, was " + value);
        }
        return value;
    }

    static int notNegative(String name, Integer value) {
        if (present(name, value) < 0) {
            throw new IllegalArgumentException("'" + name + "' must be 0 or more, was " + value);
        }
        return value;
    }

    static <T> List<T> nonEmpty(String name, List<T> values) {
        if (present(name, values).isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' must list at least one entry");
        }
        return List.copyOf(values);
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> values) {
        return values == null ? Map.of() : Map.copyOf(values);
    }
}
