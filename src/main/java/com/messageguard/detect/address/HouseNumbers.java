package com.messageguard.detect.address;

import static com.messageguard.detect.address.AddressTokens.MIXED;
import static com.messageguard.detect.address.AddressTokens.NUMBER;
import static com.messageguard.detect.address.AddressTokens.WORD;

/**
 * House numbers in one text's tokens: one to five digits with at most one letter, ranges and
 * fractions ({@code 12-14}, {@code 10/3}), behind an optional marker ({@code nº}, {@code Nr.},
 * {@code #}). Numbers glued to other digits or signs (order ids, prices, dates, times, decimals,
 * model numbers) and numbers followed by a count or a measure ({@code 2 business days}) are none,
 * which is what keeps most numbers in a message from starting an address.
 */
final class HouseNumbers {

    static final int MAX_HOUSE_DIGITS = 5;
    private static final int MAX_RANGE = 50;

    private final AddressTokens t;
    private final AddressWords words;

    HouseNumbers(AddressTokens tokens, AddressWords words) {
        this.t = tokens;
        this.words = words;
    }

    /** Skips an optional number marker ({@code nº}, {@code Nr.}, {@code #}) at {@code k}; -1 when a '#' is not followed by a number. */
    int afterMarker(int k) {
        if (k < t.size && (t.is(k, WORD) && words.numberMarkers.contains(t.lower(k))
                || t.punct(k, '#') && words.numberMarkers.contains("#"))) {
            k++;
            if (t.punct(k, '.') && t.attached(k)) {
                k++;
            }
            if (k < t.size && t.attached(k) && t.punct(k - 1, '#')) {
                // "#12": the number may be glued to the sign
                return t.is(k, NUMBER) || t.is(k, MIXED) ? k : -1;
            }
        }
        return k;
    }

    /** The end of a house number after a street name at {@code k}, behind an optional marker; -1 when there is none. */
    int after(int k) {
        int n = afterMarker(k);
        if (n < 0 || n >= t.size || !(t.spaced[n] || t.punct(n - 1, '#'))) {
            return -1;
        }
        return end(n);
    }

    /** The first token of a house number that ends right before token {@code next}; -1 when there is none. */
    int endingAt(int next) {
        for (int h = next - 1; h >= Math.max(0, next - 5); h--) {
            if ((t.is(h, NUMBER) || t.is(h, MIXED)) && end(h) == next) {
                return h;
            }
        }
        return -1;
    }

    /**
     * The token after a house number starting at {@code h} ({@code 12}, {@code 221B}, {@code 12-14},
     * {@code 10/3}, {@code 12 bis}); -1 when {@code h} is no house number: glued to other signs
     * (order ids, prices, dates, times, decimals), longer than five digits, or followed by a count.
     */
    int end(int h) {
        if (h < 0 || h >= t.size || !isPiece(h)) {
            return -1;
        }
        if (t.attached(h) && !(t.punctIn(h - 1, "(\"'«„“") || t.punct(h - 1, '#'))) {
            return -1;
        }
        int j = h + 1;
        if (t.punct(j, '-') && t.attached(j) && t.attached(j + 1) && isRangeEnd(h, j + 1)) {
            j += 2; // 12-14
        }
        for (int parts = 0; parts < 2 && t.punct(j, '/') && t.attached(j) && t.attached(j + 1)
                && (isPiece(j + 1) || t.is(j + 1, WORD) && t.length(j + 1) == 1); parts++) {
            j += 2; // 12/3/5, 10/A
        }
        if (!t.endsCleanly(j)) {
            return -1;
        }
        if (j < t.size && t.spaced[j] && t.is(j, WORD) && words.houseNumberSuffixes.contains(t.lower(j))) {
            j++;
        }
        if (j < t.size && t.is(j, WORD) && words.quantityWords.contains(t.lower(j)) && !directionBeforeName(j)) {
            return -1;
        }
        return j;
    }

    /**
     * "220 W 38th St": a capital W, E, N or S before a capitalized or ordinal name is the street's
     * direction, not watts or another unit ("a 60 W bulb").
     */
    private boolean directionBeforeName(int j) {
        int next = j + 1;
        return t.startsUpper(j) && words.directions.contains(t.lower(j)) && next < t.size && t.spaced[next]
                && (t.is(next, WORD) && t.startsUpper(next) || t.is(next, MIXED) && t.isOrdinal(next));
    }

    /**
     * {@code 14} in {@code 12-14}: a number a little higher (at most {@value #MAX_RANGE} more), so
     * {@code 555-123} or {@code 555-1234} of a phone number is no range.
     */
    private boolean isRangeEnd(int from, int to) {
        if (!t.is(from, NUMBER) || !t.is(to, NUMBER) || t.length(to) > t.length(from) + 1) {
            return false;
        }
        int spread = Integer.parseInt(t.original(to)) - Integer.parseInt(t.original(from));
        return spread > 0 && spread <= MAX_RANGE;
    }

    /** One to five digits, optionally followed by one letter that is no unit ({@code 221B}, not {@code 5m}). */
    private boolean isPiece(int h) {
        if (t.is(h, NUMBER)) {
            return t.length(h) <= MAX_HOUSE_DIGITS;
        }
        if (!t.is(h, MIXED)) {
            return false;
        }
        int letterAt = t.end[h] - 1;
        char last = t.text.charAt(letterAt);
        if (!Character.isLetter(last) || letterAt - t.start[h] > MAX_HOUSE_DIGITS) {
            return false;
        }
        for (int p = t.start[h]; p < letterAt; p++) {
            if (!Character.isDigit(t.text.charAt(p))) {
                return false;
            }
        }
        return !words.quantityWords.contains(String.valueOf(Character.toLowerCase(last)));
    }
}
