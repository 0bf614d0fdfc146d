package com.messageguard.detect.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.TestRules;
import com.messageguard.text.Confusables;
import com.messageguard.text.TextNormalizer;
import com.messageguard.text.TextTriggers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The emoji, emoticon and special-font triggers fire wherever their detectors find something, subtle cases included. */
class EmojiTriggerTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables());
    private final EmojiDetector detector = new EmojiDetector(TestRules.ruleSet().data("emoji.yaml", EmojiData.class));

    private static TextTriggers triggers(String original) {
        return NORMALIZER.normalize(original).triggers();
    }

    @Test
    void anEmojiThatNormalizesToALetterStillFiresTheEmojiTrigger() {
        String info = "Details \u2139\uFE0F inside";
        assertThat(EmojiDetector.EMOJI.firesOn(triggers(info))).isTrue();
        assertThat(detector.emoji(info)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Great XD", "See you :-)", "Thanks ;)", "love it <3", "ok ^_^", "Très bien :)", "Bon ¯\\_(ツ)_/¯"})
    void everyEmoticonFound(String text) {
        assertThat(detector.emoticons(text)).isNotEmpty();
        assertThat(detector.emoticonTrigger().firesOn(triggers(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thanks, it ships today.", "Your order 123-4567890 ships on Monday.", "See the manual (page 4)."})
    void plainTextWithoutAnEmoticonsCharactersSkipsTheScan(String text) {
        assertThat(detector.emoticonTrigger().firesOn(triggers(text))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"𝐒𝐀𝐋𝐄 now", "ＳＡＬＥ now", "u\u0332n\u0332d\u0332e\u0332r\u0332", "ᴛʜᴀɴᴋ ʏᴏᴜ"})
    void styledLettersThatNormalizeToPlainOnesStillFireTheSpecialFontTrigger(String text) {
        assertThat(SpecialFontDetector.TRIGGER.firesOn(triggers(text))).isTrue();
        assertThat(new SpecialFontDetector().find(text)).isNotEmpty();
    }
}
