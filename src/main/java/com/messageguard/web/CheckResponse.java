package com.messageguard.web;

import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Verdict;
import com.messageguard.engine.Violation;
import java.util.List;

/**
 * The 200 answer of {@code POST /check}. {@code grammarChecked}: absent when the request did not
 * ask for spelling and grammar, true when they were checked, false when the check could not run
 * within its bounds (the other findings are complete all the same).
 */
public record CheckResponse(Verdict verdict, boolean compliant, List<Violation> violations, String rulesVersion,
                            Boolean grammarChecked) {

    /** Excerpts quote the message: a log line gets the verdict and counts only. */
    @Override
    public String toString() {
        return "CheckResponse[verdict=" + verdict + ", violations=" + violations.size() + ", rulesVersion=" + rulesVersion
                + ", grammarChecked=" + grammarChecked + "]";
    }

    static CheckResponse of(CheckResult result) {
        return new CheckResponse(result.verdict(), result.compliant(), result.violations(), result.rulesVersion(),
                result.grammarChecked());
    }
}
