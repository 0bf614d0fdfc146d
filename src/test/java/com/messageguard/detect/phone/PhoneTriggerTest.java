package com.messageguard.detect.phone;

import static com.messageguard.detect.phone.PhoneDetectorTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.rules.contact.ContactSignals;
import com.messageguard.testing.TestRules;
import com.messageguard.text.Confusables;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in figures are looked for only where the {@link PhoneDetector#FIGURES} trigger fires; the hard cases still are found. */
class PhoneTriggerTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables(),
            ContactSignals.triggerWords(TestRules.ruleSet()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call ５５５ １２３ ４５６７ today                 | ５５５ １２３ ４５６７
            Call 𝟓𝟓𝟓 𝟏𝟐𝟑 𝟒𝟓𝟔𝟕 today                         | 𝟓𝟓𝟓 𝟏𝟐𝟑 𝟒𝟓𝟔𝟕
            Call 555\u200B123\u200B4567 today                | 555\u200B123\u200B4567
            Call O77OO 9OO461 now                            | O77OO 9OO461
            Ring our office: the area code is 0117, the number is 496 and then 0522. | 0117, the number is 496 and then 0522
            """)
    void figuresHiddenByNormalizationOrLettersStillFireTheTrigger(String original, String number) {
        original = original.replace("\\u200B", "\u200B");
        assertThat(PhoneDetector.FIGURES.firesOn(NORMALIZER.normalize(original).triggers())).isTrue();
        assertThat(found(original)).containsExactly(number.replace("\\u200B", "\u200B"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            call five five five one two three four five six seven | five five five one two three four five six seven
            CALL FIVE FIVE FIVE, ONE TWO THREE, FOUR FIVE SIX      | FIVE FIVE FIVE, ONE TWO THREE, FOUR FIVE SIX
            ruf null eins sieben eins, zwei drei vier an           | null eins sieben eins, zwei drei vier
            call ｆｉｖｅ ｆｉｖｅ ｆｉｖｅ ｏｎｅ ｔｗｏ ｔｈｒｅｅ ｆｏｕｒ       | ｆｉｖｅ ｆｉｖｅ ｆｉｖｅ ｏｎｅ ｔｗｏ ｔｈｒｅｅ ｆｏｕｒ
            call double five one two three four five               | double five one two three four five
            """)
    void numbersInWordsFireTheWordTriggerWithoutAnyDigit(String original, String number) {
        NormalizedText text = NORMALIZER.normalize(original);
        assertThat(PhoneDetector.FIGURES.firesOn(text.triggers())).isFalse();
        assertThat(PhoneDetector.WORDS.firesOn(text.triggers())).isTrue();
        assertThat(PhoneDetectorTest.DETECTOR.find(text)).hasSize(1);
        assertThat(found(original)).containsExactly(number);
    }

    @Test
    void aTextWithNeitherDigitsNorNumberWordsIsSkippedWhole() {
        NormalizedText text = NORMALIZER.normalize("Thanks for your order, it ships today. One more thing: enjoy!");
        assertThat(PhoneDetector.FIGURES.firesOn(text.triggers())).isFalse();
        assertThat(PhoneDetector.WORDS.firesOn(text.triggers())).isFalse();
    }
}
