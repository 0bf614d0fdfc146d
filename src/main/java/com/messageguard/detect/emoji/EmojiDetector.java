package com.messageguard.detect.emoji;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.messageguard.text.Ascii;
import com.messageguard.text.Span;
import com.messageguard.text.Trigger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds emoji and text emoticons in the ORIGINAL text of a field (NFKC would turn some emoji into
 * letters: ℹ, Ⓜ, ™), each as one span of UTF-16 offsets.
 *
 * <h2>Emoji</h2>
 * One span per emoji sequence in the sense of Unicode TR #51: a pictograph with its presentation
 * selector, skin tone or tag sequence ({@code 🏴 + tags}), keycaps ({@code 1️⃣}, also without the
 * U+FE0F), flags (two regional indicators; two adjacent flags are two spans; a lone indicator
 * counts too), and ZWJ sequences ({@code 👨‍👩‍👧‍👦}, {@code 🏳️‍🌈}) with every element joined. Combining
 * marks and further selectors right after an emoji belong to its span, as in a grapheme cluster.
 * The properties come from ICU ({@code Emoji}, {@code Emoji_Presentation}, {@code Emoji_Modifier},
 * {@code Extended_Pictographic}, {@code Regional_Indicator}), which JDK 17 lacks, so every
 * emoji up to ICU's Unicode version is known; reserved {@code Extended_Pictographic} code points
 * count too, so next year's emoji do not slip through.
 *
 * <p>What counts as an emoji:
 * <ul>
 * <li>a character shown as emoji by default ({@code Emoji_Presentation}: 😊 ⭐ ✅ ⌚), unless
 *     U+FE0E asks for text presentation of a BMP one;</li>
 * <li>any pictograph followed by U+FE0F ({@code ❤️ ©️ ✔️}), a skin-tone modifier ({@code ☝🏽}) or a tag
 *     sequence, and any ZWJ sequence of two or more pictographs ({@code ⛹‍♀});</li>
 * <li>any {@code Extended_Pictographic} character outside the BMP ({@code 🕊 🌶 🛍}): no text font
 *     has them, phones show them as emoji with or without U+FE0F. The Enclosed Alphanumeric
 *     Supplement (U+1F100–1F1FF) is excluded: its squared and circled letters such as {@code 🅰 🅿}
 *     are letters (the {@code special-font} rule) unless U+FE0F makes them emoji;</li>
 * <li>the text-default characters listed in {@code emoji.yaml} ({@code textDefaultEmoji}: ❤ ♥ ❣ ☺ ☹).</li>
 * </ul>
 * Not emoji: the other text-default symbols without U+FE0F ({@code © ® ™ ✔ ☎ ✈ ↔ ♠}), symbols that
 * are not emoji at all ({@code • → ✓ ° ★}), digits, {@code #} and {@code *} unless they form a keycap.
 *
 * <h2>Emoticons</h2>
 * The emoticons of {@code emoji.yaml}, matched longest first as whole tokens: the character before
 * one must be a space, an opening bracket or quote, sentence punctuation or a non-ASCII symbol, the
 * character after it must not be a letter, digit or joining symbol; a repeated last character
 * belongs to it ({@code :)))}). Never inside a link ({@code http://}, {@code www.}), never a
 * number ({@code 3:30}, {@code note 1:)}, {@code <3.5}, {@code <3 days}); letters-only emoticons
 * ({@code XD}) only at the end of a line or before {@code !}, so a model name is not one.
 *
 * <p>Both scans are single passes; each character is looked at a bounded number of times, so the
 * time is linear in the length of the text. Thread-safe once built.
 */
public final class EmojiDetector {

    private static final int ZWJ = 0x200D;
    private static final int VS15_TEXT = 0xFE0E;
    private static final int VS16_EMOJI = 0xFE0F;
    private static final int KEYCAP = 0x20E3;
    private static final int TAG_FIRST = 0xE0020;
    private static final int TAG_LAST = 0xE007E;
    private static final int CANCEL_TAG = 0xE007F;

    /** Before an emoticon: besides whitespace and non-ASCII symbols. */
    private static final String LEFT_OK = "([{\"'.,!?";
    /** After an emoticon: never these (a letter or digit is never allowed either). */
    private static final String RIGHT_NOT_OK = "-_/\\=+&@#%<>^*~|$([{`°‰€£¥′″";

    /** Emoticons by first character, longest first: ASCII ones in an array (looked up per character), the rest in a map. */
    private final String[][] asciiEmoticons = new String[128][];
    private final Map<Character, String[]> otherEmoticons;
    private final BitSet otherFirstChars = new BitSet();
    private final Set<Integer> textDefaultEmoji;
    private final Set<String> quantityWords;
    /** Every emoticon is matched character for character in the original: all of one's characters must be there. */
    private final Trigger emoticonTrigger;

    /** Every pictograph, selector, regional indicator and keycap mark is beyond ASCII. */
    public static final Trigger EMOJI = Trigger.NON_ASCII_ORIGINAL;

    public EmojiDetector(EmojiData data) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String emoticon : data.allEmoticons()) {
            byFirst.computeIfAbsent(emoticon.charAt(0), c -> new ArrayList<>()).add(emoticon);
        }
        Map<Character, String[]> sorted = new HashMap<>();
        byFirst.forEach((c, list) -> {
            String[] array = list.toArray(String[]::new);
            Arrays.sort(array, Comparator.comparingInt(String::length).reversed());
            sorted.put(c, array);
        });
        sorted.forEach((c, array) -> {
            if (c < 128) {
                asciiEmoticons[c] = array;
            }
        });
        sorted.keySet().removeIf(c -> c < 128);
        this.otherEmoticons = Map.copyOf(sorted);
        otherEmoticons.keySet().forEach(c -> otherFirstChars.set(c));
        Set<Integer> textDefault = new HashSet<>();
        data.textDefaultEmoji().forEach(s -> textDefault.add(s.codePointAt(0)));
        this.textDefaultEmoji = Set.copyOf(textDefault);
        Set<String> words = new HashSet<>();
        data.quantityWords().forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        this.quantityWords = Set.copyOf(words);
        this.emoticonTrigger = Trigger.allInOriginal(data.allEmoticons());
    }

    /** What {@link #emoticons} needs in a field: all the characters of one of the emoticons. */
    public Trigger emoticonTrigger() {
        return emoticonTrigger;
    }

    // ---------------------------------------------------------------------------------- emoji

    /** Every emoji sequence of {@code text}, in order, as UTF-16 spans; adjacent ones stay apart. */
    public List<Span> emoji(String text) {
        if (Ascii.only(text)) {
            return List.of(); // every pictograph, selector and regional indicator is beyond ASCII
        }
        List<Span> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (startsSequence(text, i, cp)) {
                long result = sequence(text, i);
                int end = (int) (result >>> 1);
                if ((result & 1) != 0) {
                    found.add(new Span(i, end));
                }
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return found;
    }

    private static boolean startsSequence(String text, int i, int cp) {
        if (cp < 0x80) {
            return isKeycapBase(cp) && i + 1 < text.length()
                    && (text.charAt(i + 1) == VS16_EMOJI || text.charAt(i + 1) == KEYCAP);
        }
        return isPictographic(cp) || isRegionalIndicator(cp) || isModifier(cp);
    }

    /**
     * Reads one sequence starting at {@code start}; returns {@code end << 1 | counted}, where
     * {@code counted} says whether it is an emoji (a text-default symbol alone is not).
     */
    private long sequence(String text, int start) {
        int n = text.length();
        int i = start;
        boolean counted = false;
        int elements = 0;
        while (true) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            elements++;
            if (isRegionalIndicator(cp)) {
                // A flag is a pair; a lone indicator is shown as a boxed letter emoji and counts too.
                if (i < n && isRegionalIndicator(text.codePointAt(i))) {
                    i += 2;
                }
                counted = true;
            } else if (isKeycapBase(cp)) {
                if (i < n && text.charAt(i) == VS16_EMOJI) {
                    i++;
                }
                if (i < n && text.charAt(i) == KEYCAP) {
                    i++;
                    counted = true;
                }
            } else if (isModifier(cp)) {
                counted = true; // a skin-tone swatch on its own
            } else {
                boolean textSelector = i < n && text.charAt(i) == VS15_TEXT;
                boolean emojiSelector = i < n && text.charAt(i) == VS16_EMOJI;
                if (textSelector || emojiSelector) {
                    i++;
                }
                boolean modified = false;
                if (i < n && isModifier(text.codePointAt(i))) {
                    i += 2;
                    modified = true;
                }
                boolean tagged = false;
                int tags = i;
                while (tags < n && isTag(text.codePointAt(tags))) {
                    tags += 2;
                }
                if (tags > i) {
                    tagged = true;
                    i = tags;
                    if (i < n && text.codePointAt(i) == CANCEL_TAG) {
                        i += 2;
                    }
                }
                counted |= emojiSelector || modified || tagged || countsAlone(cp, textSelector);
            }
            // Further selectors, combining marks and enclosing keycaps belong to this element.
            i = skipExtenders(text, i);
            if (i < n && text.charAt(i) == ZWJ) {
                int after = i + 1;
                if (after < n && isJoinable(text.codePointAt(after))) {
                    i = after;
                    continue;
                }
                i = skipExtenders(text, after);
            }
            break;
        }
        if (elements >= 2) {
            counted = true; // a ZWJ sequence only means anything as an emoji
        }
        return ((long) i << 1) | (counted ? 1 : 0);
    }

    /** Marks, selectors, keycap enclosures and stray joiners that render as part of the emoji. */
    private static int skipExtenders(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (cp == ZWJ) {
                if (i + 1 < n && isJoinable(text.codePointAt(i + 1))) {
                    return i;
                }
            } else if (!UCharacter.hasBinaryProperty(cp, UProperty.GRAPHEME_EXTEND) || isModifier(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private boolean countsAlone(int cp, boolean textSelector) {
        boolean bmp = cp < 0x10000;
        if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
            return !(textSelector && bmp);
        }
        if (textSelector) {
            return false;
        }
        if (!bmp) {
            return !(cp >= 0x1F100 && cp <= 0x1F1FF);
        }
        return textDefaultEmoji.contains(cp);
    }

    private static boolean isJoinable(int cp) {
        return cp >= 0x80 && (isPictographic(cp) || isRegionalIndicator(cp));
    }

    /**
     * {@code Extended_Pictographic}: every emoji character except the components (regional
     * indicators, skin tones, keycap bases), plus code points reserved for future pictographs.
     */
    static boolean isPictographic(int cp) {
        if (cp < CodePointBitmap.LIMIT) {
            return Pictographs.BITS.contains(cp);
        }
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC);
    }

    /**
     * Extended_Pictographic below U+20000 (all of it today, and the planes reserved for it), one bit
     * per code point: every non-ASCII character of a draft is asked, and ICU's look-up was a tenth
     * of the check of a draft of full-width digits. A class of its own, loaded at the first
     * question: ICU's emoji data takes 60-70 ms to load, which start-up need not wait for.
     */
    private static final class Pictographs {
        /** © and ®; general punctuation up to the CJK symbols (‼ ™ ↔ ⌚ ☀ ✂ ⤴ ⬛ 〰 ㊗); the pictograph planes. */
        private static final int[][] BLOCKS = {{0x80, 0x100}, {0x2000, 0x3300}, {0x1F000, CodePointBitmap.LIMIT}};
        /** ICU is asked within the blocks only (a test compares every code point with it): all 130,000 took 70 ms more. */
        static final CodePointBitmap BITS = new CodePointBitmap(BLOCKS,
                cp -> UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC));
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isModifier(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private static boolean isTag(int cp) {
        return cp >= TAG_FIRST && cp <= TAG_LAST;
    }

    private static boolean isKeycapBase(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
    }

    // ------------------------------------------------------------------------------ emoticons

    /** Every text emoticon of {@code text}, in order, as UTF-16 spans. */
    public List<Span> emoticons(String text) {
        List<Span> found = new ArrayList<>();
        int n = text.length();
        int tokenStart = 0;
        int linkChecked = -1;
        int linkEnd = -1;
        int lastEnd = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (i == 0 || Ascii.isWhitespace(text.charAt(i - 1))) {
                tokenStart = i;
            }
            String[] candidates = emoticonsStartingWith(c);
            if (candidates != null && linkChecked != tokenStart) {
                // Whether the token is a link is asked only of tokens that hold a candidate.
                linkChecked = tokenStart;
                linkEnd = isLinkToken(text, tokenStart) ? tokenEnd(text, tokenStart) : -1;
            }
            if (i < linkEnd) {
                candidates = null;
            }
            int matchEnd = -1;
            if (candidates != null && (i == lastEnd || leftBoundary(text, i))) {
                for (String emoticon : candidates) {
                    if (text.startsWith(emoticon, i)) {
                        matchEnd = accept(text, i, emoticon);
                        if (matchEnd > 0) {
                            break;
                        }
                    }
                }
            }
            if (matchEnd > 0) {
                found.add(new Span(i, matchEnd));
                lastEnd = matchEnd;
                i = matchEnd;
            } else {
                i++;
            }
        }
        return found;
    }

    private String[] emoticonsStartingWith(char c) {
        if (c < 128) {
            return asciiEmoticons[c];
        }
        // A bit test first: the map would box every accented letter of the text.
        return otherFirstChars.get(c) ? otherEmoticons.get(c) : null;
    }

    /** The end of the emoticon at {@code start} with its repeated last character, or -1. */
    private int accept(String text, int start, String emoticon) {
        int n = text.length();
        int end = start + emoticon.length();
        char last = emoticon.charAt(emoticon.length() - 1);
        while (end < n && text.charAt(end) == last) {
            end++;
        }
        if (end == n) {
            return end;
        }
        char next = text.charAt(end);
        if (isLettersOnly(emoticon)) {
            return endsLine(text, end) || next == '!' || startsEmoticonOrEmoji(text, end) ? end : -1;
        }
        if (Character.isLetterOrDigit(next) || RIGHT_NOT_OK.indexOf(next) >= 0) {
            return -1;
        }
        if ((next == '.' || next == ',' || next == ':' && Character.isDigit(last))
                && end + 1 < n && Character.isDigit(text.charAt(end + 1))) {
            return -1; // <3.5, <3:1
        }
        if (Character.isDigit(last) && followedByQuantity(text, end)) {
            return -1; // <3 days
        }
        return end;
    }

    /** Only spaces or tabs up to the end of the line or text. */
    private static boolean endsLine(String text, int i) {
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private boolean startsEmoticonOrEmoji(String text, int i) {
        int cp = text.codePointAt(i);
        return emoticonsStartingWith(text.charAt(i)) != null || cp >= 0x80 && isPictographic(cp);
    }

    private boolean followedByQuantity(String text, int end) {
        int n = text.length();
        int i = end;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        int wordStart = i;
        while (i < n && i - wordStart <= 12 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i < n && text.charAt(i) == '%' && i == wordStart) {
            return true;
        }
        return i > wordStart && quantityWords.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
    }

    private static boolean leftBoundary(String text, int i) {
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        if (Character.isWhitespace(prev) || LEFT_OK.indexOf(prev) >= 0) {
            return true;
        }
        if (Character.isLowSurrogate(prev) && i >= 2) {
            return !Character.isLetterOrDigit(text.codePointAt(i - 2));
        }
        // Quotes, brackets and symbols beyond ASCII: “:-)”, «:)», 😊:)
        return prev >= 0x80 && !Character.isLetterOrDigit(prev);
    }

    private static boolean isLettersOnly(String emoticon) {
        return emoticon.chars().allMatch(Character::isLetter);
    }

    /** A whitespace-delimited token that is a link: a scheme ({@code ://}) or {@code www.}. */
    private static boolean isLinkToken(String text, int start) {
        int end = tokenEnd(text, start);
        if (end - start >= 4 && text.regionMatches(true, start, "www.", 0, 4)) {
            return true;
        }
        for (int i = start; i + 3 <= end; i++) {
            if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
        }
        return false;
    }

    private static int tokenEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !Ascii.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
