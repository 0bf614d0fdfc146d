package com.messageguard.web;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Fix;
import com.messageguard.engine.Violation;
import com.messageguard.fix.Fixes;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code suggestFix}: applies every safe fix of a checked draft to its subject and body and checks
 * the result again. A fix skipped for overlapping another, or a finding a fix brought to light, gets
 * another round, up to {@value #MAX_ROUNDS}; what the last check finds is what the seller must
 * rewrite. These re-checks are not counted in the metrics: they check no draft the client sent.
 */
@Component
public class DraftFixer {

    static final int MAX_ROUNDS = 3;

    private final DraftFactory drafts;
    private final CheckEngine engine;

    public DraftFixer(DraftFactory drafts, CheckEngine engine) {
        this.drafts = drafts;
        this.engine = engine;
    }

    /** The draft with its fixes applied; {@code subject} is null when the request had none. */
    public record FixedDraft(String subject, String body, CheckResult recheck) {

        /** The texts are the seller's message: a log line gets their lengths only. */
        @Override
        public String toString() {
            return "FixedDraft[subject=" + (subject == null ? "none" : subject.length() + " chars") + ", body="
                    + body.length() + " chars, verdict=" + recheck.verdict() + "]";
        }
    }

    public FixedDraft fix(CheckRequest request, CheckResult result) {
        String subject = request.subject();
        String body = request.body();
        CheckResult current = result;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Fix> subjectFixes = fixesOf(current, "subject");
            List<Fix> bodyFixes = fixesOf(current, "body");
            if (subjectFixes.isEmpty() && bodyFixes.isEmpty()) {
                break;
            }
            subject = subject == null ? null : Fixes.apply(subject, subjectFixes);
            body = Fixes.apply(body, bodyFixes);
            current = engine.check(drafts.create(request.withText(subject, body)));
        }
        return new FixedDraft(subject, body, current);
    }

    private static List<Fix> fixesOf(CheckResult result, String field) {
        return result.violations().stream()
                .filter(v -> v.fix() != null && field.equals(v.field()))
                .map(Violation::fix)
                .toList();
    }
}
