package com.messageguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {

    @Test
    void knowsWhiteSpaceAsTheJdkDoes() {
        int spaces = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Ascii.isWhitespace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
            spaces += Character.isWhitespace(c) ? 1 : 0;
        }
        assertThat(Ascii.isWhitespace(Character.MAX_VALUE)).isFalse();
        assertThat(spaces).isGreaterThan(20);
    }

    @Test
    void tellsAsciiTextApart() {
        assertThat(Ascii.only("Order 113-4567890-1234567 ships today.")).isTrue();
        assertThat(Ascii.only("Café")).isFalse();
        assertThat(Ascii.only("")).isTrue();
    }
}
