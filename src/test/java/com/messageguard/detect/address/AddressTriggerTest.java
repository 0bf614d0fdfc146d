package com.messageguard.detect.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.text.Confusables;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import com.messageguard.text.TextNormalizer;
import com.messageguard.text.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The address detector is skipped on a text without a digit; digits that normalization makes or keeps still count. */
class AddressTriggerTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables());

    /** The original text of the first address found, or null. */
    private static String found(String original) {
        NormalizedText text = NORMALIZER.normalize(original);
        List<Span> spans = AddressDetectorTest.DETECTOR.find(text);
        return spans.isEmpty() ? null : original.substring(text.originalStart(spans.get(0).start()), text.originalEnd(spans.get(0).end()));
    }

    @Test
    void fullWidthAndMathematicalHouseNumbersAreDigitsAfterNormalization() {
        assertThat(found("Send it to １２５０ Industrial Parkway, Columbus, OH 43215.")).startsWith("１２５０ Industrial Parkway");
        assertThat(found("Send it to 𝟏𝟐 Baker Street.")).isEqualTo("𝟏𝟐 Baker Street");
        assertThat(found("Send it to 1\u200B2 Baker Street.")).isEqualTo("1\u200B2 Baker Street");
    }

    @Test
    void aTextWithoutDigitsHasNoAddressAndOneWithDigitsBeyondAsciiIsRead() {
        assertThat(found("Send it to Baker Street, London, thanks.")).isNull();
        // NFKC keeps Arabic-Indic digits: the trigger fires on them as the tokens' isDigit does.
        NormalizedText arabic = NORMALIZER.normalize("١٢ Baker Street");
        assertThat(Trigger.DIGIT.firesOn(arabic.triggers())).isTrue();
        assertThat(AddressDetectorTest.DETECTOR.find(arabic)).isEqualTo(AddressDetectorTest.DETECTOR.find(arabic.text()));
    }
}
