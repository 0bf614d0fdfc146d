package com.messageguard.detect.emoji;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.messageguard.text.Span;
import com.messageguard.text.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds runs of styled Unicode letters used as a font, in the ORIGINAL text (NFKC turns them into
 * plain letters), one span per run. A run starts and ends with a styled letter; spaces, punctuation,
 * digits and symbols may stand between its letters (at most {@value #MAX_GAP} in a row), while a
 * line break or an ordinary letter ends it. Styled digits (mathematical 𝟑𝟎, full-width ３０) belong to
 * a run like letters but do not count as letters.
 *
 * <p>Styled letters:
 * <ul>
 * <li>Mathematical Alphanumeric Symbols (U+1D400–1D7CB: bold, italic, script, fraktur,
 *     double-struck, sans-serif, monospace; Latin and Greek);</li>
 * <li>circled Ⓐ–ⓩ (U+24B6–24E9), parenthesized ⒜–⒵ (U+249C–24B5), and in the Enclosed
 *     Alphanumeric Supplement parenthesized 🄐, squared 🄰, negative circled 🅐 and negative squared
 *     🅰 letters (U+1F110–1F189). A letter followed by U+FE0F ({@code 🅰️ 🅿️ Ⓜ️}) is an emoji (the
 *     {@code emoji} rule), not a letter of a font: it ends the run;</li>
 * <li>full-width Latin letters (U+FF21–FF3A, FF41–FF5A); full-width digits are only joiners, so
 *     {@code ５５５} alone is no font (a phone number trick, the {@code phone-number} rule's). In a
 *     text with Chinese, Japanese or Korean letters full-width Latin is ordinary typography
 *     ({@code ＵＳＢケーブル}) and does not count;</li>
 * <li>small capitals (ᴀ ʙ ᴄ ᴅ ᴇ ꜰ ɢ ʜ ɪ ᴊ ᴋ ʟ ᴍ ɴ ᴏ ᴘ ʀ ꜱ ᴛ ᴜ ᴠ ᴡ ʏ ᴢ);</li>
 * <li>Latin letters under a combining underline or strike-through (U+0332, 0333, 0335–0338), as
 *     font generators write {@code u̲n̲d̲e̲r̲};</li>
 * <li>weak: the Letterlike Symbols the mathematical alphabets borrow (ℂ ℍ ℕ ℙ ℚ ℝ ℤ ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ ℯ
 *     ℊ ℴ ℭ ℌ ℑ ℜ ℨ ℎ ⅅ–ⅉ ℼ–ℿ) join a run but cannot make one alone (ℝ, ℕ in mathematics);</li>
 * <li>weak: superscript and subscript letters (ᵗʰᵃⁿᵏ, ₐₑₒ) make a run of their own only with three
 *     or more letters not glued to a preceding letter or digit, so {@code 2ⁿᵈ}, {@code Mᵐᵉ} and the
 *     IPA {@code pʰ} are not fonts.</li>
 * </ul>
 * A run is reported when it has at least two styled letters of which at least one is not weak, or
 * is a superscript run as above. Never styled: accented letters (é ß ñ ø), Greek, Cyrillic, CJK
 * (full-width by nature; only U+FF21–FF5A count), ℃, №, ™, ℓ, ℹ.
 *
 * <p>One pass, each character looked at a bounded number of times: linear. Thread-safe.
 */
public final class SpecialFontDetector {

    /** The most plain characters in a row a run may bridge ({@code "𝐒𝐀𝐋𝐄 - 𝐍𝐎𝐖"}). */
    static final int MAX_GAP = 4;

    private static final int VS16_EMOJI = 0xFE0F;
    static final String SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ";
    private static final String LETTERLIKE = "ℂℊℋℌℍℎℐℑℒℕℙℚℛℜℝℤℨℬℭℯℰℱℳℴℼℽℾℿⅅⅆⅇⅈⅉ";
    private static final String SUPERSCRIPT_SUBSCRIPT =
            "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";

    /** Every styled letter, and the combining underline of an underlined one, is beyond ASCII. */
    public static final Trigger TRIGGER = Trigger.NON_ASCII_ORIGINAL;

    /*
     * The code points that can start a run (a styled letter or digit of any kind) or underline a
     * letter, one bit each. They all lie below U+20000. A text without one finds nothing, and a
     * glance at each of its characters costs less than the run scan, which asks each code point
     * for its type (and the text for CJK letters first): a draft of accented letters, curly
     * quotes or emoji had paid that scan in full. Only the blocks that hold such code points are
     * asked (a test checks every code point): asking all below U+20000 was 25 ms of start-up.
     */
    private static final int[][] STYLED_BLOCKS = {
            {0x0250, 0x0340}, {0x1D00, 0x1DC0}, {0x2070, 0x20A0}, {0x2100, 0x2150}, {0x2460, 0x2500},
            {0x2C60, 0x2C80}, {0xA720, 0xA800}, {0xFF00, 0xFF60}, {0x1D400, 0x1D800}, {0x1F100, 0x1F200}};

    private static final CodePointBitmap STYLED =
            new CodePointBitmap(STYLED_BLOCKS, SpecialFontDetector::startsRunOrUnderlines);

    /** What a code point is to a run. */
    enum Kind { STRONG, LETTERLIKE, SUPERSCRIPT, DIGIT, JOINER, BREAK }

    public List<Span> find(String text) {
        return mayHoldStyledLetters(text) ? scan(text) : List.of();
    }

    /** The runs of {@code text}, read code point by code point. */
    List<Span> scan(String text) {
        List<Span> found = new ArrayList<>();
        int n = text.length();
        boolean cjk = hasCjkLetters(text);
        Run run = null;
        int gap = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            Kind kind = cjk && isFullWidthLetter(cp) ? Kind.BREAK : kindOf(cp);
            if (kind == Kind.BREAK && cp < 0x80 && isAsciiLetter(cp) && next < n && isOverlay(text.charAt(next))) {
                kind = Kind.STRONG;
            }
            if (kind != Kind.BREAK && kind != Kind.JOINER && next < n && text.charAt(next) == VS16_EMOJI
                    && UCharacter.hasBinaryProperty(cp, UProperty.EMOJI)) {
                kind = Kind.BREAK; // 🅰️, Ⓜ️: an emoji, not a letter of a font
            }
            switch (kind) {
                case STRONG, LETTERLIKE, SUPERSCRIPT, DIGIT -> {
                    if (run == null) {
                        run = new Run(i, i > 0 && Character.isLetterOrDigit(text.codePointBefore(i)));
                    }
                    next = skipMarks(text, next);
                    run.add(kind, next);
                    gap = 0;
                }
                case JOINER -> {
                    if (run != null && ++gap > MAX_GAP) {
                        report(run, found);
                        run = null;
                    }
                }
                case BREAK -> {
                    if (run != null) {
                        report(run, found);
                        run = null;
                    }
                }
            }
            i = next;
        }
        if (run != null) {
            report(run, found);
        }
        return found;
    }

    private static void report(Run run, List<Span> found) {
        if (run.isFont()) {
            found.add(new Span(run.start, run.end));
        }
    }

    /** A styled letter or digit of any kind, or an underline or strike-through overlay. */
    static boolean startsRunOrUnderlines(int cp) {
        Kind kind = kindOf(cp);
        return kind != Kind.BREAK && kind != Kind.JOINER || cp < 0x10000 && isOverlay((char) cp);
    }

    /** Whether {@code text} holds a code point that can start a run or underline a letter; false means {@link #find} finds nothing. */
    static boolean mayHoldStyledLetters(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
                if (cp < CodePointBitmap.LIMIT && STYLED.contains(cp)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Kind kindOf(int cp) {
        if (cp >= 0x1D400 && cp <= 0x1D7CB) {
            return Character.isLetter(cp) ? Kind.STRONG : Kind.JOINER; // ∇ ∂ and reserved holes
        }
        if ((cp >= 0x1D7CE && cp <= 0x1D7FF) || (cp >= 0xFF10 && cp <= 0xFF19)) {
            return Kind.DIGIT;
        }
        if ((cp >= 0x24B6 && cp <= 0x24E9) || (cp >= 0x249C && cp <= 0x24B5)
                || (cp >= 0x1F110 && cp <= 0x1F129) || (cp >= 0x1F130 && cp <= 0x1F149)
                || (cp >= 0x1F150 && cp <= 0x1F169) || (cp >= 0x1F170 && cp <= 0x1F189)
                || isFullWidthLetter(cp)
                || (cp < 0x10000 && SMALL_CAPITALS.indexOf(cp) >= 0)) {
            return Kind.STRONG;
        }
        if (cp >= 0x2100 && cp < 0x2150 && LETTERLIKE.indexOf(cp) >= 0) {
            return Kind.LETTERLIKE;
        }
        if (cp < 0x10000 && cp >= 0x02B0 && SUPERSCRIPT_SUBSCRIPT.indexOf(cp) >= 0) {
            return Kind.SUPERSCRIPT;
        }
        if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C || cp == 0x85) {
            return Kind.BREAK;
        }
        // Any other letter ends a run; everything else (spaces, punctuation, digits, symbols,
        // marks) may stand between styled letters.
        return Character.isLetter(cp) ? Kind.BREAK : Kind.JOINER;
    }

    private static boolean isFullWidthLetter(int cp) {
        return (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
    }

    /** Chinese, Japanese or Korean text, where full-width Latin letters are ordinary typography. */
    private static boolean hasCjkLetters(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x1100 && Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                    return true;
                }
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isAsciiLetter(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }

    /** Combining underline, double underline and strike-through overlays of "font" generators. */
    private static boolean isOverlay(char c) {
        return c == 0x0332 || c == 0x0333 || (c >= 0x0335 && c <= 0x0338);
    }

    private static final char FIRST_COMBINING_MARK = '\u0300';

    /** Combining marks and variation selectors after a styled letter belong to it. */
    private static int skipMarks(String text, int i) {
        int n = text.length();
        // Combining marks start at U+0300: a letter before that is none, without a table look-up.
        while (i < n && text.charAt(i) >= FIRST_COMBINING_MARK) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** A run being read: where it starts and ends, and its letters by kind. */
    private static final class Run {
        final int start;
        final boolean glued;
        int end;
        int strong;
        int weak;
        int superscript;

        Run(int start, boolean glued) {
            this.start = start;
            this.glued = glued;
        }

        void add(Kind kind, int end) {
            switch (kind) {
                case STRONG -> strong++;
                case LETTERLIKE -> weak++;
                case SUPERSCRIPT -> superscript++;
                case DIGIT -> { }
                default -> throw new IllegalArgumentException(kind.name());
            }
            this.end = end;
        }

        boolean isFont() {
            if (strong >= 1 && strong + weak + superscript >= 2) {
                return true;
            }
            return strong == 0 && superscript >= 3 && !glued;
        }
    }
}
