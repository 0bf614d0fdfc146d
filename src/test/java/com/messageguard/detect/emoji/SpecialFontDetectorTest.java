package com.messageguard.detect.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.text.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs of styled letters as UTF-16 spans of the original text. */
class SpecialFontDetectorTest {

    private final SpecialFontDetector detector = new SpecialFontDetector();

    private List<String> runs(String text) {
        return detector.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void reportsARunWithItsSpacesAsOneUtf16Span() {
        // 10 mathematical bold letters of 2 UTF-16 units each and one space.
        assertThat(detector.find("𝐏𝐥𝐞𝐚𝐬𝐞 𝐧𝐨𝐭𝐞: the battery")).containsExactly(new Span(0, 21));
        assertThat(detector.find("Hi, ＩＭＰＯＲＴＡＮＴ ＮＯＴＥ: read")).containsExactly(new Span(4, 18));
    }

    @CsvSource(delimiter = '|', value = {
            "𝐁𝐨𝐥𝐝 𝐭𝐞𝐱𝐭|mathematical bold",
            "𝐼𝑡𝑎𝑙𝑖𝑐 𝑡𝑒𝑥𝑡|mathematical italic (with the letterlike ℎ hole filled by U+1D455's twin)",
            "𝒮𝒸𝓇𝒾𝓅𝓉|mathematical script",
            "𝒯𝒽𝒶𝓃𝓀 𝓎ℴ𝓊|script with the letterlike script o (U+2134)",
            "𝔉𝔯𝔞𝔨𝔱𝔲𝔯|fraktur",
            "ℌ𝔢𝔩𝔩𝔬|fraktur starting with the letterlike ℌ",
            "𝕯𝖔𝖚𝖇𝖑𝖊|bold fraktur",
            "ℍ𝕖𝕝𝕝𝕠 𝕎𝕠𝕣𝕝𝕕|double-struck with the letterlike ℍ",
            "𝙼𝚘𝚗𝚘𝚜𝚙𝚊𝚌𝚎|monospace",
            "𝗦𝗣𝗥𝗜𝗡𝗚 𝗦𝗔𝗟𝗘|sans-serif bold",
            "𝘚𝘢𝘯𝘴 𝘪𝘵𝘢𝘭𝘪𝘤|sans-serif italic",
            "𝚺𝛂𝛌𝛆|mathematical bold Greek",
            "𝐒𝐀𝐋𝐄 - 𝟑𝟎% 𝐎𝐅𝐅|bold letters with bold digits and punctuation in between",
            "Ⓓⓔⓛⓘⓥⓔⓡⓨ ⓦⓘⓝⓓⓞⓦⓢ|circled",
            "⒣⒠⒧⒧⒪|parenthesized",
            "🄷🄴🄻🄻🄾|squared",
            "🅗🅔🅛🅛🅞|negative circled",
            "🅷🅴🅻🅻🅾|negative squared (🅾 without FE0F is a letter here)",
            "🄗🄔🄛🄛🄞|parenthesized capitals",
            "ＦＵＬＬ ｗｉｄｔｈ|full-width Latin",
            "ʜᴇʟʟᴏ ᴡᴏʀʟᴅ|small capitals",
            "ꜰʀᴇᴇ ꜱʜɪᴘᴘɪɴɢ|small capitals with ꜰ and ꜱ",
            "ᵗʰᵃⁿᵏ ʸᵒᵘ|superscript letters",
            "u̲n̲d̲e̲r̲l̲i̲n̲e̲d̲|combining underline",
            "s̶t̶r̶i̶k̶e̶|combining strike-through"})
    @ParameterizedTest
    void findsEveryKindOfStyledAlphabet(String run, String what) {
        String text = "Hello,\n" + run + "\nregards";
        assertThat(detector.find(text)).as(what).containsExactly(new Span(7, 7 + run.length()));
    }

    @Test
    void aRunEndsAtAnOrdinaryLetterALineBreakOrALongGap() {
        assertThat(runs("𝐁𝐨𝐥𝐝 and 𝐁𝐨𝐥𝐝")).containsExactly("𝐁𝐨𝐥𝐝", "𝐁𝐨𝐥𝐝");
        assertThat(runs("ＳＡＬＥ\nＮＯＷ")).containsExactly("ＳＡＬＥ", "ＮＯＷ");
        assertThat(runs("𝐀𝐁 ----- 𝐂𝐃")).containsExactly("𝐀𝐁", "𝐂𝐃");
        assertThat(runs("𝐀 ----- 𝐁")).isEmpty();
        assertThat(runs("𝐒𝐀𝐋𝐄! ")).containsExactly("𝐒𝐀𝐋𝐄");
    }

    @Test
    void aLetterWithAnEmojiSelectorIsAnEmojiNotAFont() {
        assertThat(runs("🅰️🅱️")).isEmpty();
        assertThat(runs("🅷🅴🅻🅿️")).containsExactly("🅷🅴🅻");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Café, Straße, niño, smørrebrød, Ærø, œuvre",
            "Καλημέρα, ευχαριστώ για την παραγγελία",
            "Здравствуйте, спасибо за заказ",
            "東京タワーのご注文ありがとうございます",
            "ＵＳＢケーブルを発送しました",
            "Ａ４サイズの説明書",
            "고객님 주문 감사합니다 ＯＫ",
            "Call ０８００ １２３ ４５６ now",
            "＋４９ ３０ １２３４５",
            "Heat to 25 ℃, form № 5, Brand™",
            "A 2 ℓ bottle, ℹ info",
            "The sets ℝ and ℕ",
            "Just one 𝐁old letter",
            "Ｈello",
            "The 2ⁿᵈ floor, the 3ʳᵈ door",
            "Mᵐᵉ Dupont et Mˡˡᵉ Martin",
            "IPA pʰʷʲ",
            "[ɪ] as in bit",
            "Square ² and H₂O",
            "Ⓜ️ metro, Ⓜ line"})
    void ordinaryLettersAndSymbolsAreNotAFont(String text) {
        assertThat(detector.find(text)).isEmpty();
    }

    @Test
    void noCombiningMarkComesBeforeU0300() {
        // skipMarks answers "no mark" below U+0300 without asking for the character's type.
        for (char c = 0; c < 0x300; c++) {
            int type = Character.getType(c);
            assertThat(type).as("U+%04X", (int) c).isNotIn((int) Character.NON_SPACING_MARK,
                    (int) Character.ENCLOSING_MARK, (int) Character.COMBINING_SPACING_MARK);
        }
        assertThat(Character.getType('\u0300')).isEqualTo((int) Character.NON_SPACING_MARK);
    }

    @Test
    void glancesPastTextsWithoutAStyledLetter() {
        assertThat(SpecialFontDetector.mayHoldStyledLetters("Grüße, naïve café – “quoted” 😀 🇩🇪 ✓ 日本")).isFalse();
        assertThat(SpecialFontDetector.mayHoldStyledLetters("plain 𝐛old")).isTrue();
        assertThat(SpecialFontDetector.mayHoldStyledLetters("u\u0332nder")).isTrue();
        assertThat(SpecialFontDetector.mayHoldStyledLetters("ＳＡＬＥ")).isTrue();
    }

    @Test
    void theGlanceNeverHidesARun() {
        // Styled letters of every kind, underlines, CJK, emoji, regional indicators, accents, breaks.
        String[] pieces = {"a", "B", " ", ".", "\n", "é", "’", "𝐛", "𝟓", "Ⓢ", "⒜", "🄷", "🅝", "🅽", "Ｓ", "５", "％", "ᴀ",
                "ℂ", "ᵗ", "\u0332", "\u0336", "日", "한", "😀", "🇩", "\uFE0F", "\u200D", "ß", "\uD835"};
        Random random = new Random(14);
        int runs = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            List<Span> found = detector.scan(s);
            if (!found.isEmpty()) {
                runs++;
            }
            assertThat(found.isEmpty() || SpecialFontDetector.mayHoldStyledLetters(s)).as(s).isTrue();
            assertThat(detector.find(s)).as(s).isEqualTo(found);
        }
        assertThat(runs).isGreaterThan(1_000);
    }

    @Test
    void theGlanceKnowsEveryCodePointThatStartsARun() {
        int styled = 0;
        for (int cp = 0x80; cp < Character.MAX_CODE_POINT; cp++) {
            if (SpecialFontDetector.startsRunOrUnderlines(cp)) {
                styled++;
                assertThat(SpecialFontDetector.mayHoldStyledLetters(new String(Character.toChars(cp))))
                        .as("U+%04X", cp).isTrue();
            }
        }
        assertThat(styled).isGreaterThan(1_000);
    }
}
