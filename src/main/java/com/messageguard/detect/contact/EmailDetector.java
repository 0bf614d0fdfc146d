package com.messageguard.detect.contact;

import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * Finds e-mail addresses in a contact view ({@link ContactView}: {@code anna.keller@example.net},
 * also where the view resolved {@code anna [at] example [dot] net}) by scanning out from every
 * {@code @}: local part to the left, domain to the right, and a top-level domain from
 * commons-validator's IANA list. A domain whose TLD is on no list ({@code sales@brightwick.example})
 * is an address too when the {@code @} was written as the sign or a word for it ("[at]", "arobase"),
 * not as the bare English "at", and the TLD looks like one ({@link UnknownTlds}): whoever writes the
 * sign means an address, while "at" is the everyday preposition. A sign typed after a space and
 * glued to the name ("come @borracce.verdi") is a handle's there. Each character is looked at a
 * bounded number of times, so the scan stays linear on hostile input such as {@code a@a@a@...}.
 */
public final class EmailDetector {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    private final DomainValidator domains = DomainValidator.getInstance();
    private final UnknownTlds unknownTlds;

    public EmailDetector(ContactData data) {
        this.unknownTlds = new UnknownTlds(data);
    }

    /** The addresses of a contact view, as offsets into it. */
    public List<Span> find(NormalizedText view) {
        String text = view.text();
        List<Span> found = new ArrayList<>();
        int searchFrom = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, searchFrom))) {
            int start = localPartStart(text, at);
            int end = domainEnd(text, at);
            if (start < at && end > at + 1 && start >= searchFrom && hasTld(view, at, end)) {
                found.add(new Span(start, end));
                searchFrom = end;
            }
        }
        return found;
    }

    private static int localPartStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
            start--;
        }
        while (start < at && text.charAt(start) == '.') {
            start++;
        }
        return start;
    }

    private static int domainEnd(String text, int at) {
        int end = at + 1;
        while (end < text.length() && end - at <= MAX_DOMAIN && isDomainChar(text.charAt(end))) {
            end++;
        }
        while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        return end;
    }

    private boolean hasTld(NormalizedText view, int at, int end) {
        String text = view.text();
        int domainStart = at + 1;
        int dot = end - 1;
        while (dot > domainStart && text.charAt(dot) != '.') {
            dot--; // only within the domain: a search back through the whole text made a@a@a@... quadratic
        }
        if (dot <= domainStart) {
            return false;
        }
        return domains.isValidTld(text.substring(dot + 1, end))
                || !writtenAsBareAt(view, at) && !handleShaped(view, at)
                && unknownTlds.plausible(text, domainStart, dot + 1, end);
    }

    /**
     * Whether the view's {@code @} at {@code at} is a handle's: the sign itself, after white space
     * and right before a letter or digit ("ci trovi come @borracce.verdi"). On a TLD no list has,
     * that is a name on a social network, not an address with a space typed before its sign.
     */
    private static boolean handleShaped(NormalizedText view, int at) {
        int from = view.originalStart(at);
        int to = view.originalEnd(at + 1);
        String original = view.original();
        return to - from == 1 && original.charAt(from) == '@' && from > 0 && Character.isWhitespace(original.charAt(from - 1))
                && to < original.length() && Character.isLetterOrDigit(original.charAt(to));
    }

    /** Whether the view's {@code @} at {@code at} stands for the word "at" in the original text. */
    private static boolean writtenAsBareAt(NormalizedText view, int at) {
        int from = view.originalStart(at);
        int to = view.originalEnd(at + 1);
        return to - from == 2 && view.original().regionMatches(true, from, "at", 0, 2);
    }

    private static boolean isLocalChar(char c) {
        return isAsciiAlphanumeric(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isAsciiAlphanumeric(c) || c == '.' || c == '-';
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
