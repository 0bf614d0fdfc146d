package com.messageguard.ruledata;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken rule file into a short start-up report instead of a page of stack trace. */
class RuleDataFailureAnalyzer extends AbstractFailureAnalyzer<RuleDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleDataException cause) {
        return new FailureAnalysis(
                "The rule data could not be loaded: " + cause.getMessage(),
                "Fix " + cause.file() + " in the rules folder (see rules/README.md for the format), "
                        + "or point messageguard.rules-dir (MESSAGEGUARD_RULES_DIR) at a valid rules folder.",
                cause);
    }
}
