package com.messageguard.detect.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.TestRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** House numbers on their own: where one ends, and the numbers that are none. */
class HouseNumbersTest {

    private static final AddressWords WORDS = new AddressWords(TestRules.ruleSet().data("address.yaml", AddressData.class));

    /** The text of the tokens from token {@code h} to where the house number starting there ends, or null. */
    private static String houseNumber(String text, int h) {
        AddressTokens t = AddressTokens.of(text);
        int end = new HouseNumbers(t, WORDS).end(h);
        return end < 0 ? null : text.substring(t.start[h], t.end[end - 1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12 rue de la Paix|12",
            "221B Baker Street|221B",
            "12-14 High Street|12-14",
            "10/3 Via Roma|10/3",
            "12 bis rue du Bac|12 bis",
            "12345 Main Street|12345",
    })
    void endsWhereTheNumberEnds(String text, String number) {
        assertThat(houseNumber(text, 0)).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "555-1234",       // a phone number, no range: 1234 is far above 555
            "123456 Main Street",
            "12.5 cm",
            "10:30 tomorrow",
            "2 business days",
            "5 nights at the Plaza",
            "5m cable",
            "113-4567890",
    })
    void knowsNumbersThatAreNoHouseNumbers(String text) {
        assertThat(houseNumber(text, 0)).as(text).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Calle Mayor no 15|2|15",      // "nº" after normalization
            "Via Roma n. 10|2|10",
            "Calle Mayor 15|2|15",
    })
    void readsTheNumberBehindAMarker(String text, int after, String number) {
        AddressTokens t = AddressTokens.of(text);
        int end = new HouseNumbers(t, WORDS).after(after);
        assertThat(text.substring(t.start[end - 1], t.end[end - 1])).isEqualTo(number);
    }
}
