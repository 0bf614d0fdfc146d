package com.messageguard.detect.address;

import com.messageguard.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a street line or box the finders found is an address, by how strong it is and
 * the parts after it ({@link AddressTail}), and collects the accepted ones as spans of the text.
 * Several signals may find the same address ("Musterstraße 12" as a compound and by its number),
 * so the spans are merged at the end.
 */
final class AddressCandidates {

    private final AddressTokens t;
    private final AddressTail tail;
    private final List<int[]> found = new ArrayList<>();

    AddressCandidates(AddressTokens tokens, AddressTail tail) {
        this.t = tokens;
        this.tail = tail;
    }

    /**
     * A street line (or box) with a number over tokens {@code [first, last)}: a strong one ends
     * the address by itself when it is written as a proper name and its line ends; anything
     * else needs a second part after it.
     */
    void accept(int first, int last, boolean strong, boolean proper, boolean lineEnds) {
        int partsEnd = tail.parts(last, false);
        boolean hasPart = partsEnd > last;
        if (strong && proper && lineEnds || hasPart && (strong || proper)) {
            add(first, Math.max(last, partsEnd));
        }
    }

    /** A street line without a house number counts when a postcode follows on the next line or after a comma. */
    void acceptWithoutNumber(int first, int last, boolean proper) {
        if (!proper) {
            return;
        }
        int partsEnd = tail.parts(last, true);
        if (partsEnd > last) {
            add(first, partsEnd);
        }
    }

    private void add(int firstToken, int endToken) {
        found.add(new int[] {t.start[firstToken], t.end[endToken - 1]});
    }

    /** The accepted addresses in text order, overlapping ones merged. */
    List<Span> merged() {
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<Span> spans = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] span : found) {
            if (span[0] < end) {
                end = Math.max(end, span[1]);
            } else {
                if (start >= 0) {
                    spans.add(new Span(start, end));
                }
                start = span[0];
                end = span[1];
            }
        }
        if (start >= 0) {
            spans.add(new Span(start, end));
        }
        return spans;
    }
}
