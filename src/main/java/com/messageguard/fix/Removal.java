package com.messageguard.fix;

import com.messageguard.engine.Fix;

/**
 * The fix that drops a span (a link, an address, an emoji) so that the text around it still reads
 * cleanly: no double space, no space left before punctuation, no empty line left behind, no
 * empty brackets. The span is widened by at most the spaces beside it, one pair of brackets or
 * quotes that held only the span, and one line break when the span was alone on its line.
 */
public final class Removal {

    private static final String CLOSING_PUNCTUATION = ",.;:!?)]}…";
    private static final String OPENERS = "([{<\"'“‘«„";
    private static final String CLOSERS = ")]}>\"'”’»“";

    private Removal() {
    }

    public static Fix of(String text, int start, int end) {
        int n = text.length();
        if (start > 0 && end < n && enclose(text.charAt(start - 1), text.charAt(end))) {
            start--;
            end++;
        }
        int before = start;
        while (before > 0 && isSpace(text.charAt(before - 1))) {
            before--;
        }
        int after = end;
        while (after < n && isSpace(text.charAt(after))) {
            after++;
        }
        boolean lineStart = before == 0 || isLineBreak(text.charAt(before - 1));
        boolean lineEnd = after == n || isLineBreak(text.charAt(after));
        if (lineStart && lineEnd) {
            return wholeLine(text, before, after);
        }
        if (lineStart) {
            return Fix.removal(start, after); // keep the indentation, drop the space after
        }
        if (lineEnd || CLOSING_PUNCTUATION.indexOf(text.charAt(after)) >= 0) {
            return Fix.removal(before, after); // "write to x@y.com." -> "write to."
        }
        if (before < start && after > end) {
            return Fix.removal(start, after); // one of the two spaces goes
        }
        return Fix.removal(start, end); // glued to a word on one side: the space on the other stays
    }

    /** The span's line holds nothing else: the line goes, with one of the breaks around it. */
    private static Fix wholeLine(String text, int lineStart, int lineEnd) {
        if (lineEnd < text.length()) {
            return Fix.removal(lineStart, lineEnd + breakLength(text, lineEnd));
        }
        if (lineStart > 0) {
            int breakStart = lineStart - 1;
            if (text.charAt(breakStart) == '\n' && breakStart > 0 && text.charAt(breakStart - 1) == '\r') {
                breakStart--;
            }
            return Fix.removal(breakStart, lineEnd);
        }
        return Fix.removal(0, text.length());
    }

    private static int breakLength(String text, int at) {
        return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
    }

    private static boolean enclose(char open, char close) {
        int i = OPENERS.indexOf(open);
        return i >= 0 && CLOSERS.charAt(i) == close;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u3000';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C';
    }
}
