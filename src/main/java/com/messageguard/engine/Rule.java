package com.messageguard.engine;

import java.util.Set;

/**
 * One policy rule. A rule decides whether a draft breaks it and where; its severity, message,
 * policy and suggestion texts live in the catalog under the same id, so wording and severity are
 * data. Implementations are stateless and thread-safe: everything they compile (patterns, word
 * lists) is built when they are constructed, at start-up.
 */
public interface Rule {

    /** The stable rule id of RULES.md, e.g. {@code email-address}. */
    String id();

    /** Reports every place the draft breaks this rule. */
    void check(Draft draft, FindingSink findings);

    /** Message variants this rule may report besides the default; the catalog must define each. */
    default Set<String> variants() {
        return Set.of();
    }

    /**
     * The safe edit that resolves {@code finding}, a finding of this rule with offsets into
     * {@code text} (the field's original text), or null when there is none: wording only the seller
     * can rewrite. A fix must remove the finding without making another.
     */
    default Fix fix(Finding finding, String text) {
        return null;
    }
}
