package com.messageguard.engine;

import java.util.List;

/** The outcome of checking one draft. */
public record CheckResult(Verdict verdict, List<Violation> violations, String rulesVersion) {

    public boolean compliant() {
        return verdict != Verdict.BLOCK;
    }
}
