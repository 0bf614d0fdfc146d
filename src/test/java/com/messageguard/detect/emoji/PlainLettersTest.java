package com.messageguard.detect.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainLettersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "𝐁𝐈𝐆 𝐒𝐀𝐋𝐄|BIG SALE",
            "𝓽𝓱𝓪𝓷𝓴 𝔂𝓸𝓾|thank you",
            "𝕯𝖊𝖆𝖑|Deal",
            "ℂ𝕠𝕠𝕝|Cool",
            "Ⓢⓐⓛⓔ|Sale",
            "⒮⒜⒧⒠|sale",
            "🄷🄴🅈|HEY",
            "🅽🅴🆆|NEW",
            "🅝🅔🅦|NEW",
            "🄝🄔🄦|NEW",
            "ＳＡＬＥ ３０％|SALE 30%",
            "ꜰʀᴇᴇ ɢɪꜰᴛ|free gift",
            "ᵗʰᵃⁿᵏˢ|thanks",
            "u̲n̲d̲e̲r̲|under",
            "s̶a̶l̶e̶|sale",
            "𝐒𝐀𝐋𝐄 - 𝟓𝟎 ™|SALE - 50 ™",
    })
    void turnsEveryStyledAlphabetIntoPlainLetters(String styled, String plain) {
        assertThat(PlainLetters.of(styled)).isEqualTo(plain);
    }

    @Test
    void looksUpTheSameFormsItWouldWorkOut() {
        for (int[] block : new int[][] {{0x1D400, 0x1D800}, {0xFF00, 0xFF60}}) {
            for (int cp = block[0] - 2; cp < block[1] + 2; cp++) {
                assertThat(PlainLetters.plain(cp)).as("U+%X", cp).isEqualTo(PlainLetters.fold(cp));
            }
        }
        assertThat(PlainLetters.plain(0x1D41B)).isEqualTo("b");
        assertThat(PlainLetters.plain(0xFF15)).isEqualTo("5");
    }
}
