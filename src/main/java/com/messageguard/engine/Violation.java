package com.messageguard.engine;

/**
 * A finding explained for the seller: the element of the /check response. {@code fix}, when not
 * null, is a safe edit that removes the finding (drop a contact detail, plain letters for styled
 * ones); wording only the seller can rewrite has none. Null components are left out of the JSON.
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
        Fix fix) {
}
