package com.messageguard.engine;

import java.util.List;

/** The overall answer for a draft, decided by its worst violation. */
public enum Verdict {
    PASS,
    WARN,
    BLOCK;

    public static Verdict of(List<Violation> violations) {
        Verdict verdict = PASS;
        for (Violation v : violations) {
            if (v.severity() == Severity.BLOCK) {
                return BLOCK;
            }
            verdict = WARN;
        }
        return verdict;
    }
}
