package com.messageguard.detect.address;

import static com.messageguard.detect.address.AddressTokens.NUMBER;
import static com.messageguard.detect.address.AddressTokens.WORD;

/**
 * Post-office boxes in one text's tokens: a box word, written with or without dots and spaces
 * ({@code P.O. Box}, {@code PO Box}, {@code Postfach}, {@code Boîte postale}), and a number. A
 * strong box word with its number is an address by itself; a weak one needs a part after it.
 */
final class PoBoxFinder {

    private static final int MAX_BOX_DIGITS = 8;

    private final AddressTokens t;
    private final AddressWords words;
    private final HouseNumbers numbers;
    private final AddressCandidates candidates;

    PoBoxFinder(AddressTokens tokens, AddressWords words, HouseNumbers numbers, AddressCandidates candidates) {
        this.t = tokens;
        this.words = words;
        this.numbers = numbers;
        this.candidates = candidates;
    }

    /** A box starting at word {@code i}, if any, to the candidates. */
    void at(int i) {
        if (!t.is(i, WORD) || !words.boxStarts.mightContain(t.text, t.start[i], t.end[i])
                || !words.poBoxPrefixes.contains(t.lower(i))) {
            return; // most words start no box word: skip the key building below
        }
        StringBuilder key = new StringBuilder();
        int matched = -1;
        boolean strong = false;
        int j = i;
        while (j < t.size) {
            if (t.is(j, WORD) && (j == i || t.spaced[j] || t.punct(j - 1, '.'))) {
                key.append(t.lower(j));
                String soFar = key.toString();
                if (key.length() > words.longestPoBox || !words.poBoxPrefixes.contains(soFar)) {
                    break;
                }
                Boolean kind = words.poBoxes.get(soFar);
                if (kind != null) {
                    matched = j;
                    strong = kind;
                }
                j++;
            } else if (t.punct(j, '.') && t.attached(j) && j > i) {
                j++;
            } else {
                break;
            }
        }
        if (matched < 0) {
            return;
        }
        int k = matched + 1;
        if (t.punct(k, '.') && t.attached(k)) {
            k++;
        }
        if (t.punct(k, ':') && t.attached(k)) {
            k++;
        }
        k = numbers.afterMarker(k);
        if (k < 0 || k >= t.size || !t.is(k, NUMBER) || t.length(k) > MAX_BOX_DIGITS
                || !(t.spaced[k] || t.punct(k - 1, '#'))) {
            return;
        }
        int end = k + 1;
        if (t.length(k) <= 3) {
            // "Postfach 12 34 56": digits in pairs
            for (int groups = 0; groups < 3 && t.is(end, NUMBER) && t.spaced[end] && t.length(end) == 2; groups++) {
                end++;
            }
        }
        if (!t.endsCleanly(end)) {
            return;
        }
        candidates.accept(i, end, strong, true, true);
    }
}
