package com.messageguard.detect.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.TestRules;
import com.messageguard.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Emoji sequences and emoticons as UTF-16 spans of the original text. */
class EmojiDetectorTest {

    private final EmojiDetector detector = new EmojiDetector(TestRules.ruleSet().data("emoji.yaml", EmojiData.class));

    private List<String> emoji(String text) {
        return detector.emoji(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private List<String> emoticons(String text) {
        return detector.emoticons(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void reportsUtf16OffsetsOfTheOriginalText() {
        assertThat(detector.emoji("Hi 😀!")).containsExactly(new Span(3, 5));
        assertThat(detector.emoji("é 👍🏽 ok ❤️")).containsExactly(new Span(2, 6), new Span(10, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "😀", // Unicode 6.1
            "🤣", // 9.0
            "🥰", // 11.0
            "🫠", // 14.0 melting face
            "🫨", // 15.0 shaking face
            "🛜", // 15.0 wireless
            "🫩", // 16.0 face with bags under eyes
            "🪾", // 16.0 leafless tree
            "🪉", // 16.0 harp
            "\uD83E\uDE58", // U+1FA58, reserved for pictographs: next year's emoji count too
            "⭐", "⌚", "✅", "☕", "⚡", "🀄", "🆎", "🈚"})
    void findsPictographsOfEveryUnicodeVersion(String pictograph) {
        assertThat(detector.emoji("a " + pictograph + " b")).containsExactly(new Span(2, 2 + pictograph.length()));
    }

    @CsvSource(delimiter = '|', value = {
            "👍🏽|thumbs up with a skin tone",
            "☝🏿|text-default base with a skin tone",
            "👨‍👩‍👧‍👦|family of four (ZWJ)",
            "🧑🏽‍🔧|mechanic with a skin tone (ZWJ)",
            "🏳️‍🌈|rainbow flag (FE0F inside a ZWJ sequence)",
            "🏃🏽‍♀️|woman running with a skin tone",
            "❤️‍🔥|heart on fire",
            "⛹‍♀|ZWJ sequence of text-default pictographs without FE0F",
            "🇩🇪|flag of Germany",
            "🏴󠁧󠁢󠁥󠁮󠁧󠁿|flag of England (tag sequence)",
            "1️⃣|keycap one",
            "#️⃣|keycap number sign",
            "*️⃣|keycap asterisk",
            "7⃣|keycap without FE0F",
            "❤️|red heart (U+2764 U+FE0F)",
            "✔️|text-default check mark with FE0F",
            "©️|copyright sign with FE0F",
            "🅰️|blood type A with FE0F",
            "❤|red heart without FE0F (emoji.yaml textDefaultEmoji)",
            "☺|smiling face without FE0F (emoji.yaml textDefaultEmoji)",
            "🕊|supplementary-plane pictograph without FE0F",
            "😀︎|supplementary emoji with FE0E still renders as emoji",
            "🏽|a skin-tone swatch alone",
            "🇩|a lone regional indicator"})
    @ParameterizedTest
    void findsEachSequenceAsOneSpan(String sequence, String what) {
        String text = "Hello " + sequence + " there";
        assertThat(detector.emoji(text)).as(what).containsExactly(new Span(6, 6 + sequence.length()));
    }

    @Test
    void sequenceLengthsCountSurrogatePairsAsTwo() {
        assertThat(detector.emoji("👨‍👩‍👧‍👦")).containsExactly(new Span(0, 11));
        assertThat(detector.emoji("🏴󠁧󠁢󠁥󠁮󠁧󠁿")).containsExactly(new Span(0, 14));
        assertThat(detector.emoji("🧑🏽‍🔧")).containsExactly(new Span(0, 7));
        assertThat(detector.emoji("1️⃣")).containsExactly(new Span(0, 3));
    }

    @Test
    void adjacentEmojiAreSeparateFindings() {
        assertThat(emoji("🇩🇪🇫🇷")).containsExactly("🇩🇪", "🇫🇷");
        assertThat(emoji("🇩🇪🇫🇷🇮")).containsExactly("🇩🇪", "🇫🇷", "🇮");
        assertThat(emoji("⭐⭐⭐")).containsExactly("⭐", "⭐", "⭐");
        assertThat(emoji("👍🏽👍")).containsExactly("👍🏽", "👍");
        assertThat(emoji("1️⃣2️⃣")).containsExactly("1️⃣", "2️⃣");
        assertThat(emoji("😀😀")).containsExactly("😀", "😀");
    }

    @Test
    void marksAndStrayJoinersAfterAnEmojiBelongToIt() {
        assertThat(emoji("😀\u0301x")).containsExactly("😀\u0301");
        assertThat(emoji("👍\u200D and")).containsExactly("👍\u200D");
        assertThat(emoji("❤️\uFE0F\uFE0F!")).containsExactly("❤️\uFE0F\uFE0F");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SoftGrip® handle", "© 2026 Example GmbH", "Brand™", "• first point", "Step 1 → step 2",
            "✓ done", "Heat to 180°C", "★★★★★ quality", "✔ Packed", "☎ at the counter", "✈ shipped by air",
            "Cards ♠ ♣ ♦", "↔ width", "ℹ note", "Ⓜ line", "Blood type 🅰 or 🅱", "‼ important", "❤︎ text heart",
            "⭐︎ text star", "Order #12345, item *3", "Call 0800 123", "10 + 2 = 12", "1\uFE0F is just a digit",
            "# heading", "\u200D\u200D", "\uFE0F\uFE0F alone"})
    void symbolsThatAreNotEmojiAreNotFound(String text) {
        assertThat(detector.emoji(text)).isEmpty();
    }

    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Thanks :-) see you|:-)",
            "Thanks :) see you|:)",
            "Thanks ;) see you|;)",
            "Thanks ;-) see you|;-)",
            "Great :D|:D",
            "Great :-D!|:-D",
            "Sorry :( we|:(",
            "Sorry :-(|:-(",
            "Oops :P|:P",
            "We <3 our buyers|<3",
            "Nice ^_^|^_^",
            "That was funny XD|XD",
            "So sorry :'(|:'(",
            "Thanks!:)|:)",
            "\"(:-)\"|:-)",
            "Thanks :)))|:)))",
            "Haha :DDD.|:DDD",
            "Cheers 😊:)|:)",
            "Shrug ¯\\_(ツ)_/¯ ok|¯\\_(ツ)_/¯"})
    @ParameterizedTest
    void findsTextEmoticonsAsWholeTokens(String text, String emoticon) {
        int start = text.indexOf(emoticon);
        assertThat(detector.emoticons(text)).containsExactly(new Span(start, start + emoticon.length()));
    }

    @Test
    void adjacentEmoticonsAreSeparateFindings() {
        assertThat(emoticons("Hi :):-) ;)")).containsExactly(":)", ":-)", ";)");
        assertThat(emoticons(":)\n:(")).containsExactly(":)", ":(");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Delivery at 3:30 pm", "Open 8:00-12:00 and 12:00-16:00", "(see note 1:)", "(see below:)",
            "Step 2: D-ring", "Step 2:D-ring", "Note:Please read", "Sizes:S, M, L", "Ratio 1:3", "x:D",
            "https://example.com/a:)", "http://example.com/:P", "see www.example.com/;) now", "C:\\Users\\anna",
            "Write to anna:)@example.com", "a<3b", "Hold <3.5 mm", "Ships in <3 days", "Keep it <3% humid",
            "less than <3 mm", "Model XD is in stock", "Supports SD and XD cards", "Windows XP works",
            "Order 113-4567890-1234567 (qty:2)", "Smiley :-x", "Time 10:30:15", "5:-)3", "ratio 16:9",
            "Mail: Anna", "a:/b", "Store at <3°C", "Costs <3€", "A ratio <3:1", "Weight <3,5 kg"})
    void textThatOnlyLooksLikeAnEmoticonIsNotOne(String text) {
        assertThat(detector.emoticons(text)).isEmpty();
    }

    @Test
    void knowsEveryPictographAsIcuDoes() {
        int pictographs = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = cp >= 0x80
                    && com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC);
            assertThat(EmojiDetector.isPictographic(cp)).as("U+%X", cp).isEqualTo(expected);
            pictographs += expected ? 1 : 0;
        }
        assertThat(pictographs).isGreaterThan(2_000);
    }
}
