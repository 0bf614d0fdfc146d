package com.messageguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each trigger kind set and unset on small texts, obfuscated ones included: the normalizer fills them. */
class TextTriggersTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables());

    private static final TriggerWords WORDS = TriggerWords.of(Map.of(
            TriggerWords.Kind.NUMBER_WORD, List.of("one", "two", "five", "fünf", "null"),
            TriggerWords.Kind.SPELLED_SEPARATOR, List.of("at", "dot", "barre", "oblique")));
    private static final TextNormalizer COUNTING = new TextNormalizer(new Confusables(), WORDS);

    private static boolean fires(Trigger trigger, String original) {
        return trigger.firesOn(NORMALIZER.normalize(original).triggers());
    }

    private static int words(TriggerWords.Kind kind, String original) {
        return COUNTING.normalize(original).triggers().words(kind);
    }

    @Test
    void wordsOfAKindAreCountedWholeAndInAnyCaseOrStyle() {
        assertThat(words(TriggerWords.Kind.NUMBER_WORD, "five five one two")).isEqualTo(4);
        assertThat(words(TriggerWords.Kind.NUMBER_WORD, "FIVE, Five-one/two.")).isEqualTo(4);
        assertThat(words(TriggerWords.Kind.NUMBER_WORD, "ｆｉｖｅ 𝐟𝐢𝐯𝐞 fi\u200Bve fünf")).isEqualTo(4);
        assertThat(words(TriggerWords.Kind.NUMBER_WORD, "5one")).isEqualTo(1); // a digit ends a word, as SpelledDigits reads it
        assertThat(words(TriggerWords.Kind.NUMBER_WORD, "someone phoned")).isZero();
        assertThat(words(TriggerWords.Kind.SPELLED_SEPARATOR, "john at gmail dot com")).isEqualTo(2);
        assertThat(words(TriggerWords.Kind.SPELLED_SEPARATOR, "JOHN AT GMAIL")).isEqualTo(1);
        assertThat(words(TriggerWords.Kind.SPELLED_SEPARATOR, "john аt gmail")).isEqualTo(1); // Cyrillic а folded
        assertThat(words(TriggerWords.Kind.SPELLED_SEPARATOR, "attention, dotted lines")).isZero();
    }

    @Test
    void countsStopAtTheirLimit() {
        assertThat(words(TriggerWords.Kind.NUMBER_WORD, "one ".repeat(1000))).isEqualTo(255);
    }

    @Test
    void withoutAWordListEveryKindCountsAsPresent() {
        assertThat(NORMALIZER.normalize("hello").triggers().words(TriggerWords.Kind.NUMBER_WORD)).isEqualTo(255);
        assertThat(NormalizedText.identity("hello").triggers().words(TriggerWords.Kind.SPELLED_SEPARATOR)).isEqualTo(255);
    }

    @Test
    void aSpaceBeforeADotIsNoted() {
        assertThat(fires(Trigger.SPACE_BEFORE_DOT_OR_SLASH, "gmail . com")).isTrue();
        assertThat(fires(Trigger.SPACE_BEFORE_DOT_OR_SLASH, "example .com")).isTrue();
        assertThat(fires(Trigger.SPACE_BEFORE_DOT_OR_SLASH, "example\u3000.com")).isTrue(); // an ideographic space is one after NFKC
        assertThat(fires(Trigger.SPACE_BEFORE_DOT_OR_SLASH, "Done. Thanks.")).isFalse();
        assertThat(fires(Trigger.SPACE_BEFORE_DOT_OR_SLASH, "paypal.me / shop")).isTrue();
        assertThat(fires(Trigger.SPACE_BEFORE_DOT_OR_SLASH, "and/or 18/11")).isFalse();
    }

    @Test
    void theLongestRunOfLetterSpacedCharactersIsMeasured() {
        assertThat(NORMALIZER.normalize("a n n a @ g m a i l").triggers().longestSpacedRun()).isEqualTo(10);
        assertThat(NORMALIZER.normalize("w w w  e x a m p l e").triggers().longestSpacedRun()).isEqualTo(7); // two spaces part runs
        assertThat(NORMALIZER.normalize("I am a cat, I said").triggers().longestSpacedRun()).isEqualTo(1);
        assertThat(NORMALIZER.normalize("x y z").triggers().longestSpacedRun()).isEqualTo(3);
        assertThat(NORMALIZER.normalize("x\ty z").triggers().longestSpacedRun()).isEqualTo(2); // a tab joins none
        assertThat(NORMALIZER.normalize("ａ ｎ ｎ ａ").triggers().longestSpacedRun()).isEqualTo(4);
        assertThat(NORMALIZER.normalize("").triggers().longestSpacedRun()).isZero();
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

    @Test
    void thePassAgreesWithAPlainReadingOnRandomTexts() {
        java.util.Random random = new java.util.Random(14);
        String alphabet = "aotnefiv OAT.  \t\n,(@)5５üÜ\u200Bx";
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(random.nextBoolean() ? List.of("one", "five", "at", "fünf", "FIVE", "Null").get(random.nextInt(6))
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            NormalizedText normalized = COUNTING.normalize(text.toString());
            TextTriggers triggers = normalized.triggers();
            String t = normalized.text();
            assertThat(triggers.words(TriggerWords.Kind.NUMBER_WORD)).as(t).isEqualTo(plainCount(t, List.of("one", "two", "five", "fünf", "null")));
            assertThat(triggers.words(TriggerWords.Kind.SPELLED_SEPARATOR)).as(t).isEqualTo(plainCount(t, List.of("at", "dot", "barre", "oblique")));
            assertThat(triggers.longestSpacedRun()).as(t).isEqualTo(plainLongestRun(t));
            assertThat(triggers.hasSpaceBeforeDotOrSlash()).as(t).isEqualTo(t.contains(" .") || t.contains(" /"));
            for (char c = 0; c < 0x80; c++) {
                assertThat(Trigger.anyOf(String.valueOf(c)).firesOn(triggers)).as("%s in %s", (int) c, t).isEqualTo(t.indexOf(c) >= 0);
            }
        }
    }

    /** Words as the detectors read them: runs of letters of the text lower-cased character by character. */
    private static int plainCount(String text, List<String> listed) {
        StringBuilder lower = new StringBuilder();
        for (char c : text.toCharArray()) {
            lower.append(Character.toLowerCase(c));
        }
        int count = 0;
        for (String word : lower.toString().split("[^\\p{IsLetter}]+")) {
            count += listed.contains(word) ? 1 : 0;
        }
        return count;
    }

    private static int plainLongestRun(String text) {
        int longest = 0;
        for (int start = 0; start < text.length(); start++) {
            if (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                continue;
            }
            int run = 0;
            int j = start;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j))
                    && (j + 1 == text.length() || Character.isWhitespace(text.charAt(j + 1)))) {
                run++;
                if (j + 2 < text.length() && text.charAt(j + 1) == ' ' && !Character.isWhitespace(text.charAt(j + 2))) {
                    j += 2;
                } else {
                    break;
                }
            }
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
