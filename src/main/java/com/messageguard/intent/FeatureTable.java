package com.messageguard.intent;

/**
 * Feature hashes to rows of weights: an open-addressing table of longs (linear probing from
 * {@code hash ^ hash >>> 32}) whose occupied slots are marked in a bitmap, so that the row of an
 * occupied slot is its rank among them. A look-up reads the bitmap first: most features a
 * sentence has but the model lacks end there, at an empty home slot, without touching the rows.
 * The bitmap and its ranks take 1/40 of the rows' memory and stay in cache while the rows do not.
 *
 * <p>Each row holds its key before its weights, in one int array: a feature the model has costs
 * one trip to memory, where a separate array of keys cost a second, and a probe past the home
 * slot reads the next row, which lies right behind it.
 */
final class FeatureTable {

    /** Ints of a row before its weights: the key's high and low halves. */
    private static final int KEY = 2;

    /** Bit {@code slot % 64} of word {@code slot / 64}: whether the slot holds a key. */
    private final long[] occupied;
    /** Occupied slots before each word of {@link #occupied}. */
    private final int[] ranks;
    private final int mask;
    /** The rows in slot order, {@link #stride} ints each: the key, then {@link #width} weights as float bits. */
    private final int[] records;
    private final int width;
    private final int stride;

    /**
     * The table of an open-addressing table in the model file's form: {@code rows[slot]} is the
     * row of {@code values} (of {@code width} each) that key {@code keys[slot]} has, -1 where the
     * slot is empty. The keys keep their slots, so every look-up probes as it did there.
     */
    FeatureTable(long[] keys, int[] rows, float[] values, int width) {
        if (Integer.bitCount(keys.length) != 1 || rows.length != keys.length) {
            throw new IllegalArgumentException("a table needs a power of two of slots, was " + keys.length);
        }
        this.mask = keys.length - 1;
        this.width = width;
        this.stride = KEY + width;
        this.occupied = new long[(keys.length + 63) / 64];
        this.ranks = new int[occupied.length];
        this.records = new int[values.length / Math.max(1, width) * stride];
        int row = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (slot % 64 == 0) {
                ranks[slot / 64] = row;
            }
            if (rows[slot] >= 0) {
                occupied[slot / 64] |= 1L << slot;
                int at = row * stride;
                this.records[at] = (int) (keys[slot] >>> 32);
                this.records[at + 1] = (int) keys[slot];
                for (int i = 0; i < width; i++) {
                    this.records[at + KEY + i] = Float.floatToRawIntBits(values[rows[slot] * width + i]);
                }
                row++;
            }
        }
        if (row * width != values.length) {
            throw new IllegalArgumentException("the table has " + row + " keys for " + values.length / width + " rows");
        }
    }

    /** Where the weights of {@code hash} start (an argument for {@link #weight}), or -1 when the table lacks it. */
    int offset(long hash) {
        int high = (int) (hash >>> 32);
        int low = (int) hash;
        int slot = (high ^ low) & mask;
        while (true) {
            long bits = occupied[slot >>> 6];
            long bit = 1L << slot;
            if ((bits & bit) == 0) {
                return -1;
            }
            int at = (ranks[slot >>> 6] + Long.bitCount(bits & (bit - 1))) * stride;
            if (records[at] == high && records[at + 1] == low) {
                return at + KEY;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Weight {@code i} of the row whose weights start at {@code offset}. */
    float weight(int offset, int i) {
        return Float.intBitsToFloat(records[offset + i]);
    }

    /** Adds the weights of {@code hash} to {@code sums}; whether the table has it. */
    boolean addTo(long hash, double[] sums) {
        int at = offset(hash);
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] += Float.intBitsToFloat(records[at + i]);
        }
        return true;
    }

    /** Every row's weights, rows in slot order: what the constructor takes as {@code values}. */
    float[] values() {
        float[] values = new float[rowCount() * width];
        for (int row = 0; row < rowCount(); row++) {
            for (int i = 0; i < width; i++) {
                values[row * width + i] = weight(row * stride + KEY, i);
            }
        }
        return values;
    }

    int capacity() {
        return mask + 1;
    }

    int rowCount() {
        return records.length / stride;
    }

    /** The key in a slot (0 when it is empty). */
    long key(int slot) {
        int row = row(slot);
        return row < 0 ? 0 : (long) records[row * stride] << 32 | records[row * stride + 1] & 0xFFFFFFFFL;
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
