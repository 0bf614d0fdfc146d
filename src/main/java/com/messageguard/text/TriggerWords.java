package com.messageguard.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The words some detector needs before it can find anything, by kind, so that the normalizer can
 * count them per field while it reads the text ({@link TextTriggers#words}). A word is known by
 * its hash ({@link String#hashCode()} of its lower-case letters), which the normalizer computes as
 * it reads the letters: a stranger with a listed word's hash is counted too, so the counts
 * over-approximate, as a trigger must.
 */
public final class TriggerWords {

    /** The kinds of words counted, one per detector that reads words. */
    public enum Kind {
        /** Digits written as words ("five", "null"), read by the phone detector. */
        NUMBER_WORD,
        /** Separators spelled out in an address ("at", "dot", "punkt"), read by the contact view. */
        SPELLED_SEPARATOR
    }

    /** No word list: every kind counts as present, many times over, so no detector is skipped for words. */
    public static final TriggerWords UNKNOWN = new TriggerWords(null, null);

    /** An open-addressing table of the words' hashes and their kinds' bits; a slot without kinds is empty. */
    private final int[] hashes;
    private final byte[] kinds;

    private TriggerWords(int[] hashes, byte[] kinds) {
        this.hashes = hashes;
        this.kinds = kinds;
    }

    /** The words of each kind, lower case as the detectors compare them; every word must be letters only. */
    public static TriggerWords of(Map<Kind, ? extends Collection<String>> words) {
        Map<Integer, Integer> byHash = new HashMap<>();
        words.forEach((kind, list) -> list.forEach(word -> {
            if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
                throw new IllegalArgumentException("a trigger word must be letters only: '" + word + "'");
            }
            byHash.merge(word.hashCode(), 1 << kind.ordinal(), (a, b) -> a | b);
        }));
        int capacity = Integer.highestOneBit(Math.max(16, byHash.size() * 4) - 1) << 1;
        int[] hashes = new int[capacity];
        byte[] kinds = new byte[capacity];
        byHash.forEach((hash, bits) -> {
            int slot = slot(hash, capacity);
            while (kinds[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            hashes[slot] = hash;
            kinds[slot] = (byte) (int) bits;
        });
        return new TriggerWords(hashes, kinds);
    }

    boolean known() {
        return kinds != null;
    }

    /** The bits of the kinds a word with this hash may be; 0 for most words. */
    int kindsOf(int hash) {
        int mask = kinds.length - 1;
        for (int slot = slot(hash, kinds.length); kinds[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return kinds[slot];
            }
        }
        return 0;
    }

    private static int slot(int hash, int capacity) {
        return (hash ^ (hash >>> 16)) & (capacity - 1);
    }
}
