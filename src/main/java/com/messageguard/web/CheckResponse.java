package com.messageguard.web;

import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Verdict;
import com.messageguard.engine.Violation;
import java.util.List;

/**
 * The 200 answer of {@code POST /check}. The four {@code fixed...}/{@code remainingViolations}
 * components are set only when the request asked for {@code suggestFix}, and left out of the JSON
 * otherwise: the draft with every safe fix applied ({@code fixedSubject} only when the request had
 * a subject), the verdict of checking it again, and the violations that check found, the wording
 * only the seller can rewrite.
 */
public record CheckResponse(
        Verdict verdict,
        boolean compliant,
        List<Violation> violations,
        String rulesVersion,
        String fixedBody,
        String fixedSubject,
        Verdict fixedVerdict,
        List<Violation> remainingViolations) {

    /** Excerpts quote the message: a log line gets the verdict and counts only. */
    @Override
    public String toString() {
        return "CheckResponse[verdict=" + verdict + ", violations=" + violations.size() + ", rulesVersion=" + rulesVersion
                + (fixedVerdict == null ? "" : ", fixedVerdict=" + fixedVerdict + ", remaining=" + remainingViolations.size()) + "]";
    }

    static CheckResponse of(CheckResult result) {
        return new CheckResponse(result.verdict(), result.compliant(), result.violations(), result.rulesVersion(),
                null, null, null, null);
    }

    CheckResponse withFix(DraftFixer.FixedDraft fixed) {
        return new CheckResponse(verdict, compliant, violations, rulesVersion, fixed.body(), fixed.subject(),
                fixed.recheck().verdict(), fixed.recheck().violations());
    }
}
