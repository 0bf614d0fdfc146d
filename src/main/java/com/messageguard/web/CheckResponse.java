package com.messageguard.web;

import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Verdict;
import com.messageguard.engine.Violation;
import java.util.List;

/**
 * The 200 answer of {@code POST /check}. {@code ledger} is there only for a request with
 * {@code context.orderId} while the ledger is on: {@code "consulted"} when the ledger completed
 * the context, {@code "unavailable"} when it did not answer in time and the check used the
 * request's own context.
 */
public record CheckResponse(Verdict verdict, boolean compliant, List<Violation> violations, String rulesVersion,
        String ledger) {

    public CheckResponse(Verdict verdict, boolean compliant, List<Violation> violations, String rulesVersion) {
        this(verdict, compliant, violations, rulesVersion, null);
    }

    /** Excerpts quote the message: a log line gets the verdict and counts only. */
    @Override
    public String toString() {
        return "CheckResponse[verdict=" + verdict + ", violations=" + violations.size() + ", rulesVersion=" + rulesVersion
                + (ledger == null ? "" : ", ledger=" + ledger) + "]";
    }

    static CheckResponse of(CheckResult result) {
        return of(result, null);
    }

    static CheckResponse of(CheckResult result, String ledger) {
        return new CheckResponse(result.verdict(), result.compliant(), result.violations(), result.rulesVersion(), ledger);
    }
}
