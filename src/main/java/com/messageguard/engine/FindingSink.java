package com.messageguard.engine;

import java.util.List;
import com.messageguard.text.NormalizedText;
import java.util.Map;

/**
 * Where the rules report their findings during one check, each in its turn; maps normalized
 * offsets to original ones. One per check, told before each rule whose findings come next.
 */
public final class FindingSink {

    private String ruleId;
    private final List<Finding> findings;

    FindingSink(List<Finding> findings) {
        this.findings = findings;
    }

    /** The rule whose findings come next. */
    FindingSink forRule(String id) {
        this.ruleId = id;
        return this;
    }

    /** A finding on characters {@code [start, end)} of the field's normalized text. */
    public void text(TextField field, int start, int end) {
        text(field, start, end, null, Map.of());
    }

    public void text(TextField field, int start, int end, String variant, Map<String, Object> args) {
        text(field, field.normalized(), start, end, variant, args);
    }

    /**
     * A finding on characters {@code [start, end)} of a view of the field, e.g. its contact view
     * with spelled-out separators resolved; the view maps them back to the original text.
     */
    public void text(TextField field, NormalizedText view, int start, int end, String variant, Map<String, Object> args) {
        if (end <= start) {
            throw new IllegalArgumentException(ruleId + " reported an empty span " + start + ".." + end);
        }
        if (!view.original().equals(field.original())) {
            throw new IllegalArgumentException(ruleId + " reported a span of a view of another text");
        }
        findings.add(new Finding(ruleId, variant, field.name(), view.originalStart(start), view.originalEnd(end), args));
    }

    /** A finding on characters {@code [start, end)} of the field's original text, e.g. a length overflow. */
    public void original(TextField field, int start, int end, String variant, Map<String, Object> args) {
        if (end <= start || start < 0 || end > field.original().length()) {
            throw new IllegalArgumentException(ruleId + " reported an invalid span " + start + ".." + end);
        }
        findings.add(new Finding(ruleId, variant, field.name(), start, end, args));
    }

    /** A finding on a whole field: metadata, or a text property with no one place to point at. */
    public void field(String field) {
        field(field, null, Map.of());
    }

    public void field(String field, String variant, Map<String, Object> args) {
        findings.add(new Finding(ruleId, variant, field, null, null, args));
    }
}
