package com.messageguard.intent;

/**
 * Feature hashes to rows of weights: an open-addressing table of longs (linear probing from
 * {@code hash ^ hash >>> 32}) whose occupied slots are marked in a bitmap, so that the row of an
 * occupied slot is its rank among them. A look-up reads the bitmap first: most features a
 * sentence has but the model lacks end there, at an empty home slot, without touching the keys;
 * and no separate array of rows is read. The bitmap and its ranks take 1/40 of the keys' memory
 * and stay in cache while the keys and weights do not.
 */
final class FeatureTable {

    private final long[] keys;
    /** Bit {@code slot % 64} of word {@code slot / 64}: whether the slot holds a key. */
    private final long[] occupied;
    /** Occupied slots before each word of {@link #occupied}. */
    private final int[] ranks;
    private final int mask;
    /** {@code width} values per row, rows in slot order. */
    private final float[] values;
    private final int width;

    /**
     * The table of an open-addressing table in the model file's form: {@code rows[slot]} is the
     * row of {@code values} (of {@code width} each) that key {@code keys[slot]} has, -1 where the
     * slot is empty. The keys keep their slots, so every look-up probes as it did there.
     */
    FeatureTable(long[] keys, int[] rows, float[] values, int width) {
        if (Integer.bitCount(keys.length) != 1 || rows.length != keys.length) {
            throw new IllegalArgumentException("a table needs a power of two of slots, was " + keys.length);
        }
        this.keys = keys;
        this.mask = keys.length - 1;
        this.width = width;
        this.occupied = new long[(keys.length + 63) / 64];
        this.ranks = new int[occupied.length];
        this.values = new float[values.length];
        int row = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (slot % 64 == 0) {
                ranks[slot / 64] = row;
            }
            if (rows[slot] >= 0) {
                occupied[slot / 64] |= 1L << slot;
                System.arraycopy(values, rows[slot] * width, this.values, row * width, width);
                row++;
            }
        }
        if (row * width != values.length) {
            throw new IllegalArgumentException("the table has " + row + " keys for " + values.length / width + " rows");
        }
    }

    /** Where the row of {@code hash} starts in {@link #values()}, or -1 when the table lacks it. */
    int offset(long hash) {
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (true) {
            long bits = occupied[slot >>> 6];
            long bit = 1L << slot;
            if ((bits & bit) == 0) {
                return -1;
            }
            if (keys[slot] == hash) {
                return (ranks[slot >>> 6] + Long.bitCount(bits & (bit - 1))) * width;
            }
            slot = (slot + 1) & mask;
        }
    }

    float[] values() {
        return values;
    }

    int capacity() {
        return keys.length;
    }

    int rowCount() {
        return values.length / width;
    }

    /** The key in a slot (0 when it is empty). */
    long key(int slot) {
        return keys[slot];
    }

    /** The row of the key in a slot, -1 when it is empty. */
    int row(int slot) {
        long bits = occupied[slot >>> 6];
        long bit = 1L << slot;
        return (bits & bit) == 0 ? -1 : ranks[slot >>> 6] + Long.bitCount(bits & (bit - 1));
    }

    /** The slot of {@code hash} in an open-addressing table being filled, or the empty slot where it goes. */
    static int probe(long[] keys, int[] rows, long hash) {
        int mask = keys.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (rows[slot] >= 0 && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
