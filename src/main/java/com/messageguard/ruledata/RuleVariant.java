package com.messageguard.ruledata;

import com.messageguard.engine.Severity;

/** A second wording (and possibly severity) of a rule, e.g. emoticons as WARN under {@code emoji}. */
public record RuleVariant(Severity severity, String message, String suggestion) {

    public RuleVariant {
        Require.text("message", message);
    }
}
