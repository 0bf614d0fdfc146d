package com.messageguard.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text after normalization, with a map from every normalized character back to the span of the
 * original text it came from. Detectors search {@link #text()}; violations report
 * {@link #originalStart(int)}/{@link #originalEnd(int)} so a UI highlights what the seller typed.
 * Views derived from a normalized text (see {@link Builder#append(NormalizedText, int, int)}) map
 * straight to the same original, so offsets never need composing later.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** Null when the text is its original unchanged: then every offset maps to itself. */
    private final int[] originalStarts;
    private final int[] originalEnds;
    private String lower;
    /** Set by {@link TextNormalizer} from its pass over the characters; else counted on first use, without word lists. */
    private TextTriggers triggers;

    private NormalizedText(String original, String text, int[] originalStarts, int[] originalEnds) {
        this.original = original;
        this.text = text;
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
    }

    /** A text that normalization leaves unchanged: the identity map, with no arrays to fill. */
    public static NormalizedText identity(String original) {
        return new NormalizedText(original, original, null, null);
    }

    /** A text with the triggers the normalizer found while reading it. */
    NormalizedText withTriggers(TextTriggers found) {
        this.triggers = found;
        return this;
    }

    /** What the text holds that detectors need before they can find anything ({@link Trigger}). */
    public TextTriggers triggers() {
        if (triggers == null) {
            triggers = TextTriggers.of(text, Ascii.only(original), TriggerWords.UNKNOWN);
        }
        return triggers;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** The text lower-cased character by character, so its offsets equal those of {@link #text()}. */
    public String lower() {
        if (lower == null) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
            lower = new String(chars);
        }
        return lower;
    }

    public int length() {
        return text.length();
    }

    /** Offset in the original text where the normalized character at {@code index} begins. */
    public int originalStart(int index) {
        if (index >= text.length()) {
            return original.length();
        }
        return originalStarts == null ? index : originalStarts[index];
    }

    /** Exclusive offset in the original text where the normalized span ending at {@code end} ends. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return originalEnds == null ? Math.min(end, original.length()) : originalEnds[end - 1];
    }

    /**
     * Builds a normalized text (or a view of one) piece by piece, keeping the offset map. The
     * characters go straight into an array beside the offsets: this runs for every character of
     * every field, several times per check.
     */
    public static final class Builder {

        private final String original;
        private char[] chars;
        private int length;
        private int[] starts;
        private int[] ends;

        public Builder(String original) {
            this.original = original;
            int capacity = Math.max(16, original.length());
            this.chars = new char[capacity];
            this.starts = new int[capacity];
            this.ends = new int[capacity];
        }

        public int length() {
            return length;
        }

        /** Appends {@code piece}, every character of which stands for original {@code [from, to)}. */
        public Builder append(CharSequence piece, int from, int to) {
            for (int k = 0; k < piece.length(); k++) {
                put(piece.charAt(k), from, to);
            }
            return this;
        }

        /** Appends one character standing for original {@code [from, to)}. */
        public Builder append(char c, int from, int to) {
            put(c, from, to);
            return this;
        }

        /** Appends one character standing for characters {@code [from, to)} of {@code source}. */
        public Builder append(char c, NormalizedText source, int from, int to) {
            int originalFrom = source.originalStart(from);
            put(c, originalFrom, Math.max(originalFrom, source.originalEnd(to)));
            return this;
        }

        /**
         * Appends one code point (a surrogate pair beyond the BMP) standing for characters
         * {@code [from, to)} of {@code source}, as {@link #append(CharSequence, NormalizedText, int, int)}
         * would its string, without making one: a text of emoji has thousands.
         */
        public Builder appendCodePoint(int codePoint, NormalizedText source, int from, int to) {
            int originalFrom = source.originalStart(from);
            int originalTo = Math.max(originalFrom, source.originalEnd(to));
            if (Character.isBmpCodePoint(codePoint)) {
                put((char) codePoint, originalFrom, originalTo);
            } else {
                put(Character.highSurrogate(codePoint), originalFrom, originalTo);
                put(Character.lowSurrogate(codePoint), originalFrom, originalTo);
            }
            return this;
        }

        /**
         * Appends characters {@code [from, to)} of {@code source}, each through {@code map} and
         * standing for its own origin: {@code append(map[c], source, i, i + 1)} for each, in one
         * tight loop (a match text's words). Every character of the range must be below
         * {@code map.length}.
         */
        Builder appendMapped(NormalizedText source, int from, int to, char[] map) {
            int count = to - from;
            if (length + count > chars.length) {
                int capacity = Math.max(chars.length * 2, length + count);
                chars = Arrays.copyOf(chars, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            String text = source.text;
            int at = length;
            if (source.originalStarts == null) {
                int originalLength = source.original.length();
                for (int i = from; i < to; i++, at++) {
                    chars[at] = map[text.charAt(i)];
                    starts[at] = i;
                    ends[at] = Math.max(i, Math.min(i + 1, originalLength));
                }
            } else {
                int[] sourceStarts = source.originalStarts;
                int[] sourceEnds = source.originalEnds;
                for (int i = from; i < to; i++, at++) {
                    chars[at] = map[text.charAt(i)];
                    starts[at] = sourceStarts[i];
                    ends[at] = Math.max(sourceStarts[i], sourceEnds[i]);
                }
            }
            length = at;
            return this;
        }

        /** Appends original characters {@code [from, to)} unchanged. */
        public Builder appendOriginal(int from, int to) {
            for (int i = from; i < to; i++) {
                put(original.charAt(i), i, i + 1);
            }
            return this;
        }

        /** Appends characters {@code [from, to)} of {@code source}, a text of the same original. */
        public Builder append(NormalizedText source, int from, int to) {
            for (int i = from; i < to; i++) {
                put(source.text.charAt(i), source.originalStart(i), source.originalEnd(i + 1));
            }
            return this;
        }

        /** Appends {@code piece} standing for characters {@code [from, to)} of {@code source}. */
        public Builder append(CharSequence piece, NormalizedText source, int from, int to) {
            int originalFrom = source.originalStart(from);
            int originalTo = source.originalEnd(to);
            return append(piece, originalFrom, Math.max(originalFrom, originalTo));
        }

        /** Replaces the character at {@code index} keeping its origin (same-length folding). */
        public Builder set(int index, char c) {
            Objects.checkIndex(index, length);
            chars[index] = c;
            return this;
        }

        public char charAt(int index) {
            Objects.checkIndex(index, length);
            return chars[index];
        }

        private void put(char c, int from, int to) {
            int at = length;
            if (at == chars.length) {
                chars = Arrays.copyOf(chars, at * 2);
                starts = Arrays.copyOf(starts, at * 2);
                ends = Arrays.copyOf(ends, at * 2);
            }
            chars[at] = c;
            starts[at] = from;
            ends[at] = to;
            length = at + 1;
        }

        public NormalizedText build() {
            return new NormalizedText(original, new String(chars, 0, length), starts, ends);
        }
    }
}
