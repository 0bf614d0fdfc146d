package com.messageguard.rules.format;

import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Fix;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.fix.Removal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** {@code [Important]} in the subject marks a critical message; other reasons may not use it. */
@Component
public class ImportantTagRule implements Rule {

    // Single bounded runs around literals: no backtracking to speak of.
    private static final Pattern TAG = Pattern.compile("\\[\\s{0,10}+important\\s{0,10}+]", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "important-tag-misuse";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (draft.reason().critical() || draft.subject().isEmpty()) {
            return;
        }
        TextField subject = draft.subject().get();
        Matcher m = TAG.matcher(subject.text());
        while (m.find()) {
            findings.text(subject, m.start(), m.end(), null, Map.of("reason", draft.reason().id()));
        }
    }

    /** The tag goes: the reason is not critical, so the subject may not claim it. */
    @Override
    public Fix fix(Finding finding, String text) {
        return Removal.of(text, finding.start(), finding.end());
    }
}
