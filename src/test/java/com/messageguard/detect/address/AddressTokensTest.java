package com.messageguard.detect.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token tests every part of an address asks. */
class AddressTokensTest {

    @Test
    void numberEndsCleanlyOnlyBeforeSpaceOrLineEndPunctuation() {
        // tokens: 12 , ␣ 12 . 5 ␣ 10 : 30 ␣ 42 %
        AddressTokens t = AddressTokens.of("12, 12.5 10:30 42%");
        assertThat(t.endsCleanly(1)).as("12,").isTrue();
        assertThat(t.endsCleanly(3)).as("12.5").isFalse();
        assertThat(t.endsCleanly(6)).as("10:30").isFalse();
        assertThat(t.endsCleanly(9)).as("42%").isFalse();
        assertThat(t.endsCleanly(10)).as("the end").isTrue();
    }

    @Test
    void lineEndsAtTheEndALineBreakOrPunctuation() {
        AddressTokens t = AddressTokens.of("Main Street\nSpringfield, IL and");
        assertThat(t.endsLine(2)).as("line break").isTrue();
        assertThat(t.endsLine(4)).as("comma").isTrue();
        assertThat(t.endsLine(6)).as("a word").isFalse();
        assertThat(t.endsLine(7)).as("the end").isTrue();
    }

    @Test
    void capitalizedAlsoBehindAnElidedParticle() {
        AddressTokens t = AddressTokens.of("Paix l'Église d'Italie l'été rue");
        Set<String> particles = Set.of("l'", "d'");
        assertThat(t.isCapitalized(0, particles)).isTrue();
        assertThat(t.isCapitalized(1, particles)).isTrue();
        assertThat(t.isCapitalized(2, particles)).isTrue();
        assertThat(t.isCapitalized(3, particles)).isFalse();
        assertThat(t.isCapitalized(4, particles)).isFalse();
    }

    @Test
    void ordinalsNameNumberedStreets() {
        AddressTokens t = AddressTokens.of("5th 42nd 1st 3rd 5x 1234th");
        assertThat(t.isOrdinal(0)).isTrue();
        assertThat(t.isOrdinal(1)).isTrue();
        assertThat(t.isOrdinal(2)).isTrue();
        assertThat(t.isOrdinal(3)).isTrue();
        assertThat(t.isOrdinal(4)).isFalse();
        assertThat(t.isOrdinal(5)).isFalse();
    }
}
