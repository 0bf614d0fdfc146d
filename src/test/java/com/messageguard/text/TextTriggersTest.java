package com.messageguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each trigger kind set and unset on small texts, obfuscated ones included: the normalizer fills them. */
class TextTriggersTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables());

    private static boolean fires(Trigger trigger, String original) {
        return trigger.firesOn(NORMALIZER.normalize(original).triggers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"call 5", "0", "order 123-45", "O77OO 9", "５５５", "𝟓𝟓𝟓", "5\u200B5", "①", "x²"})
    void anAsciiDigitAfterNormalizationFiresTheAsciiDigitTrigger(String original) {
        // Full-width, mathematical, circled and superscript digits are ASCII ones after NFKC.
        assertThat(fires(Trigger.ASCII_DIGIT, original)).isTrue();
        assertThat(fires(Trigger.DIGIT, original)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "call me", "five five five one two three four", "OOO OOO", "john at gmail dot com",
            "Ｃａｌｌ", "𝐛𝐨𝐥𝐝", "\u200B\u200B", "café ☎"})
    void noDigitNoDigitTrigger(String original) {
        assertThat(fires(Trigger.ASCII_DIGIT, original)).isFalse();
        assertThat(fires(Trigger.DIGIT, original)).isFalse();
    }

    @Test
    void aDigitNfkcKeepsFiresOnlyTheDigitTrigger() {
        assertThat(fires(Trigger.ASCII_DIGIT, "١٢ شارع")).isFalse();
        assertThat(fires(Trigger.DIGIT, "١٢ شارع")).isTrue();
        assertThat(fires(Trigger.DIGIT, "फ़ोन ९८७")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀", "𝐒𝐀𝐋𝐄", "Ｓａｌｅ", "hi\u200Bthere", "café", "u\u0332n\u0332", "ℹ\uFE0F"})
    void anOriginalBeyondAsciiFiresTheNonAsciiTriggerEvenWhenItNormalizesToAscii(String original) {
        assertThat(fires(Trigger.NON_ASCII_ORIGINAL, original)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text, 555-123-4567 :)", "<3"})
    void aPlainAsciiOriginalDoesNotFireTheNonAsciiTrigger(String original) {
        assertThat(fires(Trigger.NON_ASCII_ORIGINAL, original)).isFalse();
    }

    @Test
    void anyOfFiresOnOneOfItsCharactersInTheNormalizedText() {
        Trigger at = Trigger.anyOf("@");
        assertThat(fires(at, "anna@example.com")).isTrue();
        assertThat(fires(at, "anna＠example.com")).isTrue(); // full-width '@'
        assertThat(fires(at, "anna﹫example.com")).isTrue(); // small '@'
        assertThat(fires(at, "anna at example dot com")).isFalse();
    }

    @Test
    void allInOriginalNeedsEveryCharacterOfAnAsciiOriginalAndFiresOnAnyOtherOriginal() {
        Trigger smile = Trigger.allInOriginal(List.of(":)"));
        assertThat(fires(smile, "Thanks :)")).isTrue();
        assertThat(fires(smile, "Note: see (a)")).isTrue(); // both characters, apart: an over-approximation
        assertThat(fires(smile, "Note: thanks")).isFalse();
        assertThat(fires(smile, "Thanks (a lot)")).isFalse();
        assertThat(fires(smile, "Merci beaucoup")).isFalse();
        assertThat(fires(smile, "Très bien")).isTrue(); // beyond ASCII: the original is not the text the triggers read
        assertThat(fires(Trigger.allInOriginal(List.of("¯\\_(ツ)_/¯")), "¯\\_(ツ)_/¯")).isTrue();
        assertThat(fires(Trigger.allInOriginal(List.of("¯\\_(ツ)_/¯")), "\\_()_/")).isFalse();
    }

    @Test
    void allInOriginalFiresOnEveryCharacterOfOneOfItsStrings() {
        Trigger faces = Trigger.allInOriginal(List.of(":-o", ":o", "XD", "¯\\_(ツ)_/¯"));
        assertThat(fires(faces, "Wow :o")).isTrue();
        assertThat(fires(faces, "Wow :-o")).isTrue();
        assertThat(fires(faces, "Great XD")).isTrue();
        assertThat(fires(faces, "Great xD")).isFalse();
        assertThat(fires(faces, "\\_()_/ and - but no colon")).isFalse();
        assertThat(fires(Trigger.allInOriginal(List.of()), "a@b 1 :)")).isFalse();
    }

    @Test
    void aTextNotFromTheNormalizerCountsItsTriggersOnFirstUse() {
        for (String original : List.of("call 555", "no digits", "５５５", "١٢", "😀 :)")) {
            TextTriggers counted = NormalizedText.identity(NORMALIZER.normalize(original).text()).triggers();
            TextTriggers filled = NORMALIZER.normalize(original).triggers();
            assertThat(Trigger.ASCII_DIGIT.firesOn(counted)).isEqualTo(Trigger.ASCII_DIGIT.firesOn(filled));
            assertThat(Trigger.DIGIT.firesOn(counted)).isEqualTo(Trigger.DIGIT.firesOn(filled));
            assertThat(Trigger.anyOf(":)").firesOn(counted)).isEqualTo(Trigger.anyOf(":)").firesOn(filled));
        }
    }
}
