package com.messageguard.detect.emoji;

import java.util.function.IntPredicate;

/**
 * A property of the code points below U+20000, one bit each, worked out once over the blocks that
 * can hold it: a per-character question of a text answered without a table look-up of ICU or the
 * JDK. Code points outside the blocks are false.
 */
final class CodePointBitmap {

    static final int LIMIT = 0x20000;

    private final long[] bits = new long[LIMIT / 64];

    /** {@code property} asked of every code point of the blocks, each {@code {first, end}}, end excluded and at most {@link #LIMIT}. */
    CodePointBitmap(int[][] blocks, IntPredicate property) {
        for (int[] block : blocks) {
            for (int cp = block[0]; cp < block[1]; cp++) {
                if (property.test(cp)) {
                    bits[cp >>> 6] |= 1L << cp;
                }
            }
        }
    }

    /** Whether {@code cp} (below {@link #LIMIT}) has the property. */
    boolean contains(int cp) {
        return (bits[cp >>> 6] & 1L << cp) != 0;
    }
}
