package com.messageguard.rules.contact;

import com.messageguard.detect.emoji.PlainLetters;
import com.messageguard.detect.emoji.SpecialFontDetector;
import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Fix;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.text.Span;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Styled Unicode letters used as a font (mathematical bold or script, circled, squared, full-width,
 * small caps) in the subject or body, one finding per run. Read in the original text: normalization
 * turns these letters into plain ones, which is what the other rules search.
 */
@Component
public class SpecialFontRule implements Rule {

    private final SpecialFontDetector detector = new SpecialFontDetector();

    @Override
    public String id() {
        return "special-font";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            if (!field.fires(SpecialFontDetector.TRIGGER)) {
                continue;
            }
            for (Span span : detector.find(field.original())) {
                findings.original(field, span.start(), span.end(), null, Map.of());
            }
        }
    }

    /** The same words in plain letters. */
    @Override
    public Fix fix(Finding finding, String text) {
        return new Fix(finding.start(), finding.end(), PlainLetters.of(text.substring(finding.start(), finding.end())));
    }
}
