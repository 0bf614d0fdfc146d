package com.messageguard.rules.format;

import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Fix;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.ruledata.RuleSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * More line breaks in a row than the settings allow. Lines holding only spaces or tabs count as
 * empty, and CRLF is one break. One finding per run, from its first break to its last.
 */
@Component
public class ExcessiveLineBreaksRule implements Rule {

    private final int maxConsecutive;

    public ExcessiveLineBreaksRule(RuleSet rules) {
        this.maxConsecutive = rules.settings().text().maxConsecutiveLineBreaks();
    }

    @Override
    public String id() {
        return "excessive-line-breaks";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            scan(field, findings);
        }
    }

    private void scan(TextField field, FindingSink findings) {
        String text = field.text();
        int i = 0;
        while (i < text.length()) {
            if (!isBreak(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int runEnd = i;
            int breaks = 0;
            int j = i;
            while (j < text.length()) {
                char c = text.charAt(j);
                if (isBreak(c)) {
                    j += (c == '\r' && j + 1 < text.length() && text.charAt(j + 1) == '\n') ? 2 : 1;
                    breaks++;
                    runEnd = j;
                } else if (c == ' ' || c == '\t') {
                    j++;
                } else {
                    break;
                }
            }
            if (breaks > maxConsecutive) {
                findings.text(field, runStart, runEnd, null, Map.of("count", breaks, "max", maxConsecutive));
            }
            i = Math.max(j, runStart + 1);
        }
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C';
    }

    /**
     * The run becomes the most breaks allowed, written as its first one was ({@code \r\n} stays
     * {@code \r\n}); the spaces between its breaks go with it.
     */
    @Override
    public Fix fix(Finding finding, String text) {
        int start = finding.start();
        String lineBreak = text.startsWith("\r\n", start) ? "\r\n"
                : isBreak(text.charAt(start)) ? String.valueOf(text.charAt(start)) : "\n";
        return new Fix(start, finding.end(), lineBreak.repeat(maxConsecutive));
    }
}
