package com.messageguard.rules.attachment;

import com.messageguard.engine.Attachment;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.ruledata.RuleSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A file named like marketing material (catalog, brochure, flyer, coupon, ...). A word counts at
 * the start of a word of the name, so {@code spring-catalogue.pdf} and {@code SummerPromo.png} are
 * caught while {@code compromise.pdf} is not.
 */
@Component
public class AttachmentContentRule implements Rule {

    private final List<String> words;

    public AttachmentContentRule(RuleSet rules) {
        this.words = rules.settings().attachments().promotionalNameWords().stream()
                .map(AttachmentContentRule::words)
                .toList();
    }

    @Override
    public String id() {
        return "attachment-content";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (Attachment attachment : draft.attachments()) {
            String name = words(attachment.fileName());
            for (String word : words) {
                if (startsWord(name, word)) {
                    findings.field(attachment.field(), null, Map.of("word", word));
                    break;
                }
            }
        }
    }

    private static boolean startsWord(String name, String word) {
        for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
            if (at == 0 || name.charAt(at - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words separated by single spaces; camelCase, digits and punctuation split words. */
    static String words(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                boolean camelBoundary = Character.isUpperCase(c) && Character.isLowerCase(previous);
                if ((camelBoundary || !Character.isLetter(previous)) && !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            previous = c;
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }
}
