package com.messageguard.rules.contact;

import com.messageguard.detect.emoji.EmojiData;
import com.messageguard.detect.emoji.EmojiDetector;
import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Fix;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.fix.Removal;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.text.Span;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Emoji of any Unicode version in the subject or body, one finding per emoji sequence (a flag, a
 * family, a thumbs-up with a skin tone); text emoticons such as {@code :-)} as the {@code emoticon}
 * variant. Both are found in the original text, before normalization changes some of them; the
 * emoticons and the text-default emoji come from {@code rules/emoji.yaml}.
 */
@Component
public class EmojiRule implements Rule {

    static final String EMOTICON = "emoticon";
    private static final char COMBINING_KEYCAP = '\u20E3';

    private final EmojiDetector detector;

    public EmojiRule(RuleSet rules) {
        this.detector = new EmojiDetector(rules.data("emoji.yaml", EmojiData.class));
    }

    @Override
    public String id() {
        return "emoji";
    }

    @Override
    public Set<String> variants() {
        return Set.of(EMOTICON);
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            String original = field.original();
            if (field.fires(EmojiDetector.EMOJI)) {
                for (Span span : detector.emoji(original)) {
                    findings.original(field, span.start(), span.end(), null, Map.of());
                }
            }
            if (field.fires(detector.emoticonTrigger())) {
                for (Span span : detector.emoticons(original)) {
                    findings.original(field, span.start(), span.end(), EMOTICON, Map.of());
                }
            }
        }
    }

    /**
     * The emoji or emoticon goes; the words around it carry the message. A keycap ({@code 1️⃣})
     * stands for its digit, which stays.
     */
    @Override
    public Fix fix(Finding finding, String text) {
        char base = text.charAt(finding.start());
        if (text.charAt(finding.end() - 1) == COMBINING_KEYCAP && (Character.isDigit(base) || base == '#' || base == '*')) {
            return new Fix(finding.start(), finding.end(), String.valueOf(base));
        }
        return Removal.of(text, finding.start(), finding.end());
    }
}
