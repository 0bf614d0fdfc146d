package com.messageguard.rules.contact;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptOutLinkRuleTest {

    private final RuleHarness rule = new RuleHarness(new OptOutLinkRule(SocialMediaRuleTest.LEXICON));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "If you no longer wish to receive emails from us, click unsubscribe below.|no longer wish to receive",
            "To stop receiving these emails, reply STOP.|stop receiving",
            "Manage your email preferences or opt out here.|Manage your email preferences",
            "Click here to Unsubscribe.|Unsubscribe",
            "You can opt-out anytime.|opt-out",
            "Wenn Sie keine weiteren E-Mails von uns erhalten möchten, können Sie sich hier abmelden.|abmelden",
            "Pour vous désabonner, répondez STOP.|vous désabonner",
            "Para darse de baja, responda a este mensaje.|darse de baja",
            "Se non desidera più ricevere i nostri messaggi, risponda STOP.|non desidera più ricevere",
            "Per disiscriversi dalla lista, clicchi qui.|disiscriversi",
            "Se non desidera ricevere altre comunicazioni, risponda CANCELLAMI.|non desidera ricevere",
    })
    void findsOptOutWording(String body, String excerpt) {
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).as(body).extracting(Violation::excerpt).contains(excerpt);
        assertThat(violations).allSatisfy(v -> assertThat(body.substring(v.start(), v.end())).isEqualTo(v.excerpt()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The stopper prevents the valve from receiving water.",
            "Your subscription box ships on Monday.",
            "Please stop using the charger and reply with a photo.",
            "We will list the parts in the manual.",
            "Se non riceve il pacco entro venerdì, ci scriva qui.",
            "Il suo abbonamento alla rivista si rinnova ogni mese.",
            "The opt-in switch is on the back of the device? No: the power switch is.",
    })
    void staysSilentOnOrdinaryText(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }
}
