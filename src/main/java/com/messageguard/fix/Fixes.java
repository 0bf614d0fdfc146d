package com.messageguard.fix;

import com.messageguard.engine.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes of one text field at once. Removals that overlap or touch are first merged
 * into one removal of their union, widened again ({@link Removal}), so two emoji side by side go
 * with one of the spaces around them and an e-mail address after an emoji on its own line takes
 * the whole line. Then the fixes are applied from the end of the text backwards, so each one's
 * offsets still hold when it is applied; a fix that overlaps one already applied is skipped (a
 * styled word holding an emoji): the re-check shows what it left.
 */
public final class Fixes {

    private static final Comparator<Fix> BY_START = Comparator.comparingInt(Fix::start).thenComparingInt(Fix::end);

    private Fixes() {
    }

    public static String apply(String text, List<Fix> fixes) {
        if (fixes.isEmpty()) {
            return text;
        }
        for (Fix fix : fixes) {
            if (fix.end() > text.length()) {
                throw new IllegalArgumentException("a fix ends at " + fix.end() + ", past the text's " + text.length());
            }
        }
        List<Fix> merged = mergeRemovals(text, fixes);
        StringBuilder out = new StringBuilder(text);
        int appliedFrom = text.length();
        for (int i = merged.size() - 1; i >= 0; i--) {
            Fix fix = merged.get(i);
            if (fix.end() > appliedFrom) {
                continue; // overlaps a fix already applied
            }
            out.replace(fix.start(), fix.end(), fix.replacement());
            appliedFrom = fix.start();
        }
        return out.toString();
    }

    /** The fixes by start, with removals that overlap or touch each other merged. */
    static List<Fix> mergeRemovals(String text, List<Fix> fixes) {
        List<Fix> sorted = new ArrayList<>(fixes);
        sorted.sort(BY_START);
        List<Fix> out = new ArrayList<>(sorted.size());
        for (Fix fix : sorted) {
            Fix last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && isRemoval(last) && isRemoval(fix) && fix.start() <= last.end()) {
                out.set(out.size() - 1, Removal.of(text, last.start(), Math.max(last.end(), fix.end())));
            } else {
                out.add(fix);
            }
        }
        return out;
    }

    private static boolean isRemoval(Fix fix) {
        return fix.replacement().isEmpty();
    }
}
