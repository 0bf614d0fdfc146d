package com.messageguard.rules.purpose;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.Violation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies with no words, one word or only punctuation go through all six rules without a finding or a failure. */
class PurposeRulesDegenerateInputTest {

    private final CheckEngine engine = PurposeRulesFixture.engine();

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n\n\n", "❤️", "?", "...", "¿", "'", "a", "-", "Hi", "Best,", "👍🏽 👍🏽", "sale", "cancel",
            "why?", "off", "20% off", "Hello,\n\nAnna"})
    void staysQuietOnBodiesWithoutContent(String body) {
        for (String reason : List.of("OTHER", "BUYER_INQUIRY_REPLY")) {
            List<Violation> violations = engine.check(draft().reason(reason).body(body).subject(body).build()).violations();
            assertThat(violations).as("%s under %s", body, reason).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thank you", "Thanks!", "Vielen Dank für Ihre Bestellung!", "Merci pour votre commande !",
            "¡Muchas gracias por su pedido!"})
    void aBareThankYouIsThankYouOnly(String body) {
        assertThat(engine.check(draft().reason("OTHER").body(body).build()).violations())
                .extracting(Violation::rule, Violation::excerpt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("thank-you-only", body.replace("¡", "")));
    }
}
