package com.messageguard.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amazon order ids: 3-7-7 digits joined by hyphens, not part of a longer run of digits. */
class OrderIdsTest {

    @Test
    void findsAnOrderIdAndItsLength() {
        String text = "Order 113-4567890-1234567.";

        assertThat(OrderIds.containsOrderId(text)).isTrue();
        assertThat(OrderIds.indexOfOrderId(text, 0)).isEqualTo(6);
        assertThat(OrderIds.lengthAt(text, 6)).isEqualTo(19);
    }

    @Test
    void findsOrderIdsAtTheEdgesOfTheText() {
        assertThat(OrderIds.indexOfOrderId("113-4567890-1234567", 0)).isZero();
        assertThat(OrderIds.lengthAt("113-4567890-1234567", 0)).isEqualTo(19);
        assertThat(OrderIds.indexOfOrderId("#113-4567890-1234567", 0)).isEqualTo(1);
    }

    @Test
    void searchesOnFromAnOffset() {
        String text = "113-4567890-1234567 and 204-1111111-2222222";

        assertThat(OrderIds.indexOfOrderId(text, 1)).isEqualTo(24);
        assertThat(OrderIds.indexOfOrderId(text, 25)).isEqualTo(-1);
        assertThat(OrderIds.indexOfOrderId(text, -5)).isZero();
    }

    @Test
    void skipsCandidatesThatAreNotOrderIds() {
        assertThat(OrderIds.indexOfOrderId("12-4567890-1234567 then 113-4567890-1234567", 0)).isEqualTo(24);
    }

    @Test
    void acceptsTypographicHyphens() {
        assertThat(OrderIds.containsOrderId("113\u20104567890\u20111234567")).isTrue();
        assertThat(OrderIds.containsOrderId("113\u20124567890\u20131234567")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "113-4567890-123456",
            "113-4567890-12345678",
            "9113-4567890-1234567",
            "113-456789-1234567",
            "113 4567890 1234567",
            "113-4567890-1234",
            "113-4567890-",
            "1134567890-1234567"})
    void rejectsWrongShapes(String text) {
        assertThat(OrderIds.containsOrderId(text)).isFalse();
    }

    @Test
    void lengthAtIsZeroWhereNoOrderIdStarts() {
        assertThat(OrderIds.lengthAt("Order 113-4567890-1234567", 0)).isZero();
        assertThat(OrderIds.lengthAt("113-4567890-1234567", 1)).isZero();
        assertThat(OrderIds.lengthAt("113-4567890-12345678", 0)).isZero();
    }
}
