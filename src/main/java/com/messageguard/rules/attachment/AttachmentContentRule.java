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
 * A file named like marketing material (catalog, brochure, flyer, coupon, Katalog, folleto, ...). A
 * word counts at the start of a word of the name, so {@code spring-catalogue.pdf},
 * {@code SummerPromo.png} and {@code ACMEBrochure.pdf} are caught while {@code compromise.pdf} is
 * not; an ending of {@code promotionalNameEndings} at the end of one too, as German joins words
 * ({@code Gartenkatalog_2025.pdf}).
 */
@Component
public class AttachmentContentRule implements Rule {

    private final List<String> words;
    private final List<String> endings;

    public AttachmentContentRule(RuleSet rules) {
        this.words = rules.settings().attachments().promotionalNameWords().stream()
                .map(AttachmentContentRule::words)
                .toList();
        this.endings = rules.settings().attachments().promotionalNameEndings().stream()
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
            // An upper-case run followed by a capitalized word (ACMEBrochure) may end in a word start,
            // or may itself be the word (PROMOcode): a word start in either reading counts.
            String name = words(attachment.fileName(), false);
            String acronymsSplit = words(attachment.fileName(), true);
            String found = null;
            for (String word : words) {
                if (startsWord(name, word) || startsWord(acronymsSplit, word)) {
                    found = word;
                    break;
                }
            }
            for (int i = 0; found == null && i < endings.size(); i++) {
                found = endsWord(name, endings.get(i)) ? endings.get(i) : null;
            }
            if (found != null) {
                findings.field(attachment.field(), null, Map.of("word", found));
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

    private static boolean endsWord(String name, String word) {
        for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (end == name.length() || name.charAt(end) == ' ') {
                return true;
            }
        }
        return false;
    }

    static String words(String text) {
        return words(text, false);
    }

    /**
     * Lower-case words separated by single spaces; camelCase, digits and punctuation split words.
     * With {@code splitAcronyms}, the last capital of an upper-case run that a lower-case letter
     * follows starts a new word too ({@code ACMEBrochure} is {@code acme brochure}).
     */
    static String words(String text, boolean splitAcronyms) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                boolean camelBoundary = Character.isUpperCase(c) && Character.isLowerCase(previous);
                boolean acronymEnd = splitAcronyms && Character.isUpperCase(c) && Character.isUpperCase(previous)
                        && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
                if ((camelBoundary || acronymEnd || !Character.isLetter(previous))
                        && !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
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
