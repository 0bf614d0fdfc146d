package com.messageguard.ruledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validation of bound rule data: each record checks its own values, and every problem is kept
 * with the path of the key, so the loader can name the line of each.
 */
public final class Checks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    /** A value object of a rule file that can check itself. */
    public interface Checked {
        void check(Checks checks);
    }

    public record Problem(String path, String message) {
    }

    private final String path;
    private final List<Problem> problems;

    public Checks() {
        this("", new ArrayList<>());
    }

    private Checks(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }

    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public void fail(String key, String message) {
        problems.add(new Problem(pathOf(key), message));
    }

    public boolean required(String key, Object value) {
        if (value == null) {
            fail(key, "is required");
            return false;
        }
        return true;
    }

    public void text(String key, String value) {
        if (required(key, value) && value.isBlank()) {
            fail(key, "must not be blank");
        }
    }

    public void textWithoutPlaceholders(String key, String value) {
        text(key, value);
        if (value != null && PLACEHOLDER.matcher(value).find()) {
            fail(key, "may not hold {placeholders}: it is shown without a finding");
        }
    }

    public void positive(String key, Number value) {
        if (required(key, value) && value.doubleValue() <= 0) {
            fail(key, "must be greater than 0, was " + value);
        }
    }

    public void notNegative(String key, Number value) {
        if (required(key, value) && value.doubleValue() < 0) {
            fail(key, "must be 0 or more, was " + value);
        }
    }

    public void nonEmptyTexts(String key, List<String> values) {
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

    public void nested(String key, Checked value) {
        if (required(key, value)) {
            value.check(new Checks(pathOf(key), problems));
        }
    }

    public void each(String key, List<? extends Checked> values) {
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

    public void eachEntry(String key, Map<String, ? extends Checked> values) {
        if (values == null) {
            return;
        }
        values.forEach((name, value) -> nested(key.isEmpty() ? name : key + "." + name, value));
    }
}
