package com.messageguard.ruledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validation of bound rule data: each record checks its own values, and every problem is kept
 * with the path of the key, so the loader can name the line of each.
 */
final class Checks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    /** A value object of a rule file that can check itself. */
    interface Checked {
        void check(Checks checks);
    }

    record Problem(String path, String message) {
    }

    private final String path;
    private final List<Problem> problems;

    Checks() {
        this("", new ArrayList<>());
    }

    private Checks(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    List<Problem> problems() {
        return problems;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void fail(String key, String message) {
        problems.add(new Problem(pathOf(key), message));
    }

    boolean required(String key, Object value) {
        if (value == null) {
            fail(key, "is required");
            return false;
        }
        return true;
    }

    void text(String key, String value) {
        if (required(key, value) && value.isBlank()) {
            fail(key, "must not be blank");
        }
    }

    void textWithoutPlaceholders(String key, String value) {
        text(key, value);
        if (value != null && PLACEHOLDER.matcher(value).find()) {
            fail(key, "may not hold {placeholders}: it is shown without a finding");
        }
    }

    void positive(String key, Number value) {
        if (required(key, value) && value.doubleValue() <= 0) {
            fail(key, "must be greater than 0, was " + value);
        }
    }

    void notNegative(String key, Number value) {
        if (required(key, value) && value.doubleValue() < 0) {
            fail(key, "must be 0 or more, was " + value);
        }
    }

    void nonEmptyTexts(String key, List<String> values) {
        if (!required(key, values)) {
            return;
        }
        if (values.isEmpty()) {
            fail(key, "must list at least one entry");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                fail(key + "[" + i + "]", "must not be blank");
            }
        }
    }

    void nested(String key, Checked value) {
        if (required(key, value)) {
            value.check(new Checks(pathOf(key), problems));
        }
    }

    void each(String key, List<? extends Checked> values) {
        if (!required(key, values)) {
            return;
        }
        if (values.isEmpty()) {
            fail(key, "must list at least one entry");
        }
        for (int i = 0; i < values.size(); i++) {
            nested(key + "[" + i + "]", values.get(i));
        }
    }

    void eachEntry(String key, Map<String, ? extends Checked> values) {
        if (values == null) {
            return;
        }
        values.forEach((name, value) -> nested(key.isEmpty() ? name : key + "." + name, value));
    }
}
