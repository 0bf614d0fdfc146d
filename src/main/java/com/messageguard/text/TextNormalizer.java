package com.messageguard.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * Turns a field's text into the one form every detector reads:
 * <ol>
 * <li>invisible characters removed (zero-width spaces, joiners between letters, soft hyphens,
 *     bidi controls, word joiners), which sellers insert to split a word the robots look for;</li>
 * <li>compatibility-normalized (NFKC), so full-width, mathematical, circled and other styled
 *     letters and digits become plain ones;</li>
 * <li>Cyrillic and Greek look-alike letters folded to the Latin letter they imitate, inside Latin
 *     words and in texts that are mostly Latin ({@link Confusables});</li>
 * <li>HTML character references decoded ({@code rosa&#64;shop&#46;co} reads as the address a
 *     browser shows), which sellers use to hide a contact detail; {@code html-markup} reports the
 *     references themselves from the original.</li>
 * </ol>
 * Case is kept ({@link NormalizedText#lower()} gives a lower-cased copy). Runs once per text field
 * per request; every character remembers the original span it came from, and the characters the
 * text holds are noted for the detectors' triggers ({@link TextTriggers}).
 */
public final class TextNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final int ZWJ = 0x200D;
    /** The first combining mark (U+0300); every code point below it starts a normalization segment. */
    private static final char COMBINING_FROM = '\u0300';

    private final Confusables confusables;
    private final TriggerWords triggerWords;

    /** A normalizer that counts no trigger words: detectors that read words are never skipped. */
    public TextNormalizer(Confusables confusables) {
        this(confusables, TriggerWords.UNKNOWN);
    }

    public TextNormalizer(Confusables confusables, TriggerWords triggerWords) {
        this.confusables = confusables;
        this.triggerWords = triggerWords;
    }

    public NormalizedText normalize(String original) {
        TextTriggers ascii = TextTriggers.ofAsciiOriginal(original, triggerWords);
        if (ascii != null && !CharacterReferences.any(original)) {
            // NFKC, invisibles and look-alikes are all beyond ASCII, and no reference: the text stays as it is.
            return NormalizedText.identity(original).withTriggers(ascii);
        }
        NormalizedText.Builder out = new NormalizedText.Builder(original);
        StringBuilder segment = new StringBuilder(8);
        int n = original.length();
        int i = 0;
        int previous = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            int reference = cp == '&' ? CharacterReferences.end(original, i) : -1;
            if (reference > 0) {
                int decoded = CharacterReferences.decode(original, i, reference);
                if (decoded < 0x80) {
                    out.append((char) decoded, i, reference);
                } else if (!isInvisible(decoded)) {
                    out.append(NFKC.normalize(Character.toString(decoded)), i, reference);
                }
                previous = decoded;
                i = reference;
                continue;
            }
            if (cp == ZWJ && !isEmojiPart(previous)) {
                // A joiner between letters only hides a word from the robots; in emoji it builds a sequence.
                previous = cp;
                i = next;
                continue;
            }
            previous = cp;
            // Below U+0300 no character combines with the one before it: most text needs no look-up.
            boolean followedByMark = next < n && original.charAt(next) >= COMBINING_FROM
                    && !NFKC.hasBoundaryBefore(original.codePointAt(next));
            if (cp < 0x80 && !followedByMark) {
                out.append((char) cp, i, next);
            } else if (!isInvisible(cp)) {
                // A normalization segment: this code point and the combining marks that follow it,
                // so "e" + U+0301 composes to "é" as NFKC does, mapped to the whole segment.
                int end = next;
                segment.setLength(0);
                segment.appendCodePoint(cp);
                while (end < n) {
                    int following = original.codePointAt(end);
                    if (NFKC.hasBoundaryBefore(following)) {
                        break;
                    }
                    if (!isInvisible(following)) {
                        segment.appendCodePoint(following);
                    }
                    end += Character.charCount(following);
                }
                out.append(NFKC.isNormalized(segment) ? segment : NFKC.normalize(segment), i, end);
                next = end;
            }
            i = next;
        }
        confusables.fold(out);
        NormalizedText normalized = out.build();
        // A second pass, over what normalization made of a text beyond ASCII (the rarer case).
        return normalized.withTriggers(TextTriggers.of(normalized.text(), false, triggerWords));
    }

    private static boolean isEmojiPart(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT) && cp > 0x7F
                || cp == 0xFE0F;
    }

    /**
     * Format characters are dropped (zero-width space, joiners, word joiner, bidi controls, soft
     * hyphen), and so are combining grapheme joiners and Hangul fillers. Kept: the zero-width
     * joiner, variation selectors and tag characters, which emoji sequences are made of.
     */
    static boolean isInvisible(int cp) {
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0020 && cp <= 0xE007F)) {
            return false;
        }
        return Character.getType(cp) == Character.FORMAT || cp == 0x034F || cp == 0x115F || cp == 0x1160
                || cp == 0x3164 || cp == 0xFFA0 || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
