package com.messageguard.engine;

import java.util.Collection;
import java.util.Locale;

/**
 * A reply's subject that starts with "Re:" (or another reply prefix of {@code contact.yaml}) is the
 * buyer's own subject, quoted: "Re: Why was my order cancelled?", "Re: Please cancel". The wording
 * rules judge what the seller writes, so they leave such a subject alone.
 */
public final class ReplySubject {

    private ReplySubject() {
    }

    /** Whether {@code subject} opens with one of {@code prefixes} (lower case, one word) and a colon. */
    public static boolean quotesTheBuyer(String subject, Collection<String> prefixes) {
        String lower = subject.toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < lower.length() && Character.isWhitespace(lower.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        int colon = end;
        while (colon < lower.length() && lower.charAt(colon) == ' ') {
            colon++;
        }
        return end > start && colon < lower.length() && lower.charAt(colon) == ':'
                && prefixes.contains(lower.substring(start, end));
    }
}
