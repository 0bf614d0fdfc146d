package com.messageguard.engine;

/** A finding explained for the seller: the element of the /check response. */
public record Violation(
        String rule,
        Severity severity,
        String field,
        Integer start,
        Integer end,
        String excerpt,
        String message,
        String policy,
        String suggestion) {
}
