package com.messageguard.engine;

import java.util.Map;

/**
 * What a rule found, before the catalog turns it into a {@link Violation}. {@code variant} selects
 * one of the rule's message variants in the catalog (null for the default); {@code args} fill
 * the {@code {name}} placeholders of its texts. Offsets, when present, point into the original text.
 * {@code detail} becomes the violation's {@code detail} (null for most rules).
 */
public record Finding(String rule, String variant, String field, Integer start, Integer end, Map<String, Object> args,
                      String detail) {

    public Finding {
        args = Map.copyOf(args);
    }

    public Finding(String rule, String variant, String field, Integer start, Integer end, Map<String, Object> args) {
        this(rule, variant, field, start, end, args, null);
    }

    public boolean hasSpan() {
        return start != null;
    }
}
