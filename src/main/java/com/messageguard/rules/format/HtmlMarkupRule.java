package com.messageguard.rules.format;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * HTML tags ({@code <p>}, {@code </b>}, {@code <a href="...">}, comments, doctype) and character
 * entities ({@code &nbsp;}, {@code &eacute;}, {@code &#8217;}) in plain-text messages. {@code <3} and {@code 3 < 5}
 * are not tags: a tag needs a letter right after {@code <} and a {@code >} before the next {@code <}.
 */
@Component
public class HtmlMarkupRule implements Rule {

    // Possessive, bounded runs of classes that exclude the next literal: each match attempt stops
    // at the next '<', so the scan stays linear.
    static final Pattern MARKUP = Pattern.compile(
            "</?[A-Za-z][A-Za-z0-9-]{0,30}+(?:[\\s/][^<>]{0,2000}+)?>"
                    + "|<!--|<![A-Za-z]{1,10}+"
                    + "|&(?:([A-Za-z][A-Za-z0-9]{1,31}+)|#[0-9]{1,7}+|#[xX][0-9A-Fa-f]{1,6}+);");

    /** Named entities sellers' editors produce; "M&Ms;" or "AT&T;" name none of them. */
    private static final Set<String> ENTITIES = Set.of(
            "nbsp", "amp", "lt", "gt", "quot", "apos", "copy", "reg", "trade", "hellip", "mdash", "ndash",
            "lsquo", "rsquo", "sbquo", "ldquo", "rdquo", "bdquo", "laquo", "raquo", "lsaquo", "rsaquo",
            "euro", "pound", "yen", "cent", "curren", "deg", "times", "divide", "plusmn", "micro", "bull",
            "middot", "para", "sect", "iexcl", "iquest", "szlig", "shy", "ensp", "emsp", "thinsp", "zwnj",
            "zwj", "frac12", "frac14", "frac34", "sup1", "sup2", "sup3", "ordf", "ordm", "not", "macr",
            "acute", "cedil", "uml", "larr", "rarr", "uarr", "darr", "harr", "hearts", "star", "check",
            "aelig", "AElig", "oelig", "OElig", "eth", "ETH", "thorn", "THORN", "oslash", "Oslash");

    private static int nextCandidate(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&') {
                return i;
            }
        }
        return -1;
    }

    /**
     * What {@link #MARKUP} needs after the {@code <} or {@code &} at {@code at}. After {@code <}:
     * {@code !}, or a letter or {@code /} and a {@code >} before the next {@code <}. After
     * {@code &}: {@code #}, or a name of 2 to 32 letters and digits closed by {@code ;}. Checked
     * before the pattern is tried, so that a text of bare ampersands ("M&Ms", "&a&a&a") or of
     * unclosed brackets ("<a <a <a") costs a glance at each, not a match attempt.
     */
    static boolean mayStartMarkup(String text, int at) {
        int n = text.length();
        if (at + 1 >= n) {
            return false;
        }
        char next = text.charAt(at + 1);
        if (text.charAt(at) == '<') {
            return next == '!' || (isAsciiLetter(next) || next == '/') && closesBeforeAnotherOpens(text, at + 1);
        }
        if (next == '#') {
            return true;
        }
        if (!isAsciiLetter(next)) {
            return false;
        }
        int end = at + 2;
        while (end < n && end - at <= MAX_ENTITY_NAME && isAsciiLetterOrDigit(text.charAt(end))) {
            end++;
        }
        int name = end - at - 1;
        return name >= 2 && end < n && text.charAt(end) == ';';
    }

    /**
     * Whether a {@code >} comes before the next {@code <} from {@code from} on: nothing inside a tag
     * is a {@code <}. The search stops at the next {@code <}, the next candidate, so all of them
     * together read the text once.
     */
    private static boolean closesBeforeAnotherOpens(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return true;
            }
            if (c == '<') {
                return false;
            }
        }
        return false;
    }

    /** The longest entity name the pattern takes: a letter and up to 31 letters or digits. */
    private static final int MAX_ENTITY_NAME = 32;

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isEntityName(String name) {
        return ENTITIES.contains(name)
                || name.length() >= 4 && name.substring(1).matches("acute|grave|circ|uml|tilde|ring|cedil|slash");
    }

    @Override
    public String id() {
        return "html-markup";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            // The original: the normalized text has its character references decoded already.
            String text = field.original();
            Matcher m = MARKUP.matcher(text);
            // Markup starts at '<' or '&': try the pattern only there instead of at every position.
            int at = nextCandidate(text, 0);
            while (at >= 0) {
                if (mayStartMarkup(text, at) && m.region(at, text.length()).lookingAt()
                        && (m.group(1) == null || isEntityName(m.group(1)))) {
                    findings.original(field, m.start(), m.end(), null, Map.of());
                    at = nextCandidate(text, m.end());
                } else {
                    at = nextCandidate(text, at + 1);
                }
            }
        }
    }
}
