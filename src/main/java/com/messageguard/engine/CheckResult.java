package com.messageguard.engine;

import java.util.List;

/**
 * The outcome of checking one draft. {@code grammarChecked} is null when the draft did not ask for
 * spelling and grammar, true when they were checked, false when the request asked but the check
 * could not run within its bounds (see {@link Proofreader}).
 */
public record CheckResult(Verdict verdict, List<Violation> violations, String rulesVersion, Boolean grammarChecked) {

    public boolean compliant() {
        return verdict != Verdict.BLOCK;
    }
}
