package com.messageguard.rules.contact;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OffPlatformRuleTest {

    private final RuleHarness rule = new RuleHarness(new OffPlatformRule(SocialMediaRuleTest.LEXICON, ContactRulesFixture.SIGNALS));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please email us directly instead of replying here.|email us",
            "Give us a call and we'll walk you through it.|Give us a call",
            "To agree on a time, text me at 5 5 5 0 1 0 4 4 2 1.|text me",
            "Please contact us through the contact form on our website.|contact form",
            "It is easier to send you the video outside Amazon.|outside Amazon",
            "Could you send me your personal email so we can continue?|personal email",
            "Write to me directly at john dot miller at gmail dot com.|Write to me",
            "Bitte schreiben Sie uns an service[at]example.com.|schreiben Sie uns",
            "Le plus simple est de nous appeler au 01.23.45.67.89.|nous appeler",
            "Escríbanos por WhatsApp al +34 612 345 678.|Escríbanos",
            "Please E-Mail us the photos.|E-Mail us",
            "Per fare prima, ci chiami al numero che trova sul nostro sito.|ci chiami",
            "Ci scriva su WhatsApp al +39 347 765 4321.|Ci scriva",
            "Mi lasci il suo numero di cellulare, così la richiamo.|suo numero di cellulare",
            "Ci contatti tramite il modulo di contatto.|modulo di contatto",
            "Può inviarci le foto per email?|per email",
    })
    void findsInvitationsToLeaveAmazon(String body, String excerpt) {
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).as(body).extracting(Violation::excerpt).contains(excerpt);
        assertThat(violations).allSatisfy(v -> assertThat(body.substring(v.start(), v.end())).isEqualTo(v.excerpt()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "If you have questions, please reply to this message.",
            "Amazon will email you the return label.",
            "This is what we call the hinge; the text on the label shows the size.",
            "Contact us here if the part does not fit order 113-4567890-1234567.",
            "Feel free to write to us again through Amazon messages.",
            "The site of the damage is the lower left corner.",
            "We called the carrier and the parcel arrives Monday.",
            "Se ha domande, risponda pure a questo messaggio.",
            "Ci contatti qui se il pezzo non è adatto all'ordine 402-1234567-1234567.",
            "Amazon le invierà l'etichetta di reso.",
            "Abbiamo chiamato il corriere: il pacco arriva lunedì.",
    })
    void staysSilentOnOnPlatformWording(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }
}
