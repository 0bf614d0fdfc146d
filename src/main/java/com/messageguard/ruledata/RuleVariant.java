package com.messageguard.ruledata;

import com.messageguard.engine.Severity;

/** A second wording (and possibly severity) of a rule, e.g. emoticons as WARN under {@code emoji}. */
public record RuleVariant(Severity severity, String message, String suggestion) implements Checks.Checked {

    @Override
    public void check(Checks checks) {
        checks.text("message", message);
        if (suggestion != null) {
            checks.text("suggestion", suggestion);
        }
    }
}
