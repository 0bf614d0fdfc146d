package com.messageguard.text;

import java.util.BitSet;

/**
 * A small filter in front of a word list: from a word's first two letters (lower-cased) and its
 * length it tells that the word is certainly not in the list, without building a string to look
 * up. Most words of a message are in no list, so the lists' maps are asked only for the few that
 * pass. Like a Bloom filter it may let a stranger through, never turns a listed word away.
 */
public final class WordSignatures {

    private static final int SIZE = 1 << 12;

    private final BitSet bits = new BitSet(SIZE);

    /** Adds a word as the list holds it, lower case. */
    public void add(String word) {
        if (!word.isEmpty()) {
            bits.set(signature(word.charAt(0), word.length() > 1 ? word.charAt(1) : 0, word.length()));
        }
    }

    /** False when {@code text[start, end)}, lower-cased, is certainly not a word added. */
    public boolean mightContain(CharSequence text, int start, int end) {
        if (end <= start) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(start));
        char second = end - start > 1 ? Character.toLowerCase(text.charAt(start + 1)) : 0;
        return bits.get(signature(first, second, end - start));
    }

    private static int signature(char first, char second, int length) {
        return ((first * 31 + second) * 31 + length) & (SIZE - 1);
    }
}
