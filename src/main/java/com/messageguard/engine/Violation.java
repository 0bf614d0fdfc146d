package com.messageguard.engine;

/**
 * A finding explained for the seller: the element of the /check response. {@code detail} names
 * what inside the rule found it, where that helps (LanguageTool's rule id for
 * {@code spelling-grammar}); null, and absent from the JSON, for every other rule.
 */
public record Violation(
        String rule,
        Severity severity,
        String field,
        Integer start,
        Integer end,
        String excerpt,
        String message,
        String policy,
        String suggestion,
        String detail) {
}
