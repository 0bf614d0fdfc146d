package com.messageguard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Verdict;
import com.messageguard.engine.Violation;
import java.util.List;

/**
 * The 200 answer of {@code POST /check}. The four {@code fixed...}/{@code remainingViolations}
 * components are set only when the request asked for {@code suggestFix}, and left out of the JSON
 * otherwise: the draft with every safe fix applied ({@code fixedSubject} only when the request had
 * a subject), the verdict of checking it again, and the violations that check found, the wording
 * only the seller can rewrite. {@code ledger} is there only for a request with
 * {@code context.orderId} while the ledger is on: {@code "consulted"} when the ledger completed the
 * context, {@code "unavailable"} when it did not answer in time and the check used the request's
 * own context. {@code grammarChecked}: absent when the request did not ask for spelling and
 * grammar, true when they were checked, false when the check could not run within its bounds (the
 * other findings are complete all the same).
 */
@Schema(description = "The verdict on one draft; always 200 for a well-formed request, whatever it finds.")
public record CheckResponse(
        @Schema(description = "`PASS` (no violations), `WARN` (only WARN violations) or `BLOCK` (at least one BLOCK).",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Verdict verdict,
        @Schema(description = "`true` exactly when there is no BLOCK violation.", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean compliant,
        @Schema(description = "Sorted by field, then `start`, then `rule`; the same draft and rules always give the same list.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<Violation> violations,
        @Schema(description = "Version of the rule data that checked the draft.", example = "2026.11.0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String rulesVersion,
        @Schema(description = "Only for a request with `context.orderId` while the ledger is on: `consulted` when the "
                + "ledger of sent messages completed the context, `unavailable` when it did not answer in time and the "
                + "request's own context was used.", allowableValues = {"consulted", "unavailable"})
        String ledger,
        @Schema(description = "Only when the request asked for `checkGrammar`: `true` when spelling and grammar were "
                + "checked, `false` when the check could not run within its time or concurrency bounds (the other "
                + "findings are complete all the same).")
        Boolean grammarChecked,
        @Schema(description = "Only with `suggestFix`: the body with every safe fix applied.")
        String fixedBody,
        @Schema(description = "Only with `suggestFix` and a subject in the request: the subject with every safe fix applied.")
        String fixedSubject,
        @Schema(description = "Only with `suggestFix`: the verdict of checking the fixed draft again.")
        Verdict fixedVerdict,
        @Schema(description = "Only with `suggestFix`: the violations of the fixed draft, the wording the seller must rewrite.")
        List<Violation> remainingViolations) {

    /** Excerpts quote the message: a log line gets the verdict and counts only. */
    @Override
    public String toString() {
        return "CheckResponse[verdict=" + verdict + ", violations=" + violations.size() + ", rulesVersion=" + rulesVersion
                + (ledger == null ? "" : ", ledger=" + ledger)
                + (grammarChecked == null ? "" : ", grammarChecked=" + grammarChecked)
                + (fixedVerdict == null ? "" : ", fixedVerdict=" + fixedVerdict + ", remaining=" + remainingViolations.size()) + "]";
    }

    static CheckResponse of(CheckResult result) {
        return of(result, null);
    }

    public static CheckResponse of(CheckResult result, String ledger) {
        return new CheckResponse(result.verdict(), result.compliant(), result.violations(), result.rulesVersion(), ledger,
                result.grammarChecked(), null, null, null, null);
    }

    CheckResponse withFix(DraftFixer.FixedDraft fixed) {
        return new CheckResponse(verdict, compliant, violations, rulesVersion, ledger, grammarChecked, fixed.body(), fixed.subject(),
                fixed.recheck().verdict(), fixed.recheck().violations());
    }
}
