package com.messageguard.rules.purpose;

import static com.messageguard.rules.purpose.PurposeRulesFixture.assertExcerpts;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThankYouOnlyRuleTest {

    private final RuleHarness rule = new RuleHarness(PurposeRulesFixture.THANK_YOU_ONLY);

    private List<Violation> proactive(String body) {
        return rule.check(draft().reason("OTHER").body(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hello,\\n\\nThank you for your order! We are here to help if you have any questions.\\n\\nBest wishes,\\nBrightway Home | Thank you for your order! We are here to help if you have any questions.
            Dear customer,\\n\\nWe truly appreciate your business and hope to serve you again soon.\\n\\nWarm regards,\\nThe Maple & Co. Team | We truly appreciate your business and hope to serve you again soon.
            Hello,\\n\\nThank you for purchasing the Aurora desk lamp. We hope you enjoy your new lamp!\\n\\nBest regards,\\nLumina Lights | Thank you for purchasing the Aurora desk lamp. We hope you enjoy your new lamp!
            Hi Anna,\\n\\nThanks again for shopping with us. If there's anything we can do, just let us know.\\n\\nCheers,\\nTom | Thanks again for shopping with us. If there's anything we can do, just let us know.
            Thank you so much for your purchase! ❤️ We're always here if you need anything.\\n\\nLuna Candles | Thank you so much for your purchase! ❤️ We're always here if you need anything.
            Guten Tag,\\n\\nvielen Dank für Ihre Bestellung! Bei Fragen sind wir jederzeit gerne für Sie da.\\n\\nHerzliche Grüße\\nIhr Team von Holzwerk Nord | vielen Dank für Ihre Bestellung! Bei Fragen sind wir jederzeit gerne für Sie da.
            Bonjour,\\n\\nMerci pour votre commande ! N'hésitez pas à nous contacter si vous avez des questions.\\n\\nCordialement,\\nL'équipe Maison Lumière | Merci pour votre commande ! N'hésitez pas à nous contacter si vous avez des questions.
            Hola:\\n\\nMuchas gracias por su compra. Si tiene cualquier duda, estamos aquí para ayudarle.\\n\\nUn saludo,\\nCasa Bonita | Muchas gracias por su compra. Si tiene cualquier duda, estamos aquí para ayudarle.
            Buongiorno,\\n\\nGrazie mille per il suo ordine! Per qualsiasi domanda siamo a sua disposizione.\\n\\nCordiali saluti,\\nCasa Verde | Grazie mille per il suo ordine! Per qualsiasi domanda siamo a sua disposizione.
            Gentile cliente,\\n\\nla ringraziamo per aver acquistato la lampada Aurora. Speriamo che le piaccia!\\n\\nUn caro saluto,\\nLuce & Co. | la ringraziamo per aver acquistato la lampada Aurora. Speriamo che le piaccia!
            Ciao Marco,\\n\\ngrazie ancora per l'acquisto. Se hai bisogno di qualcosa, facci sapere.\\n\\nA presto,\\nGiulia | grazie ancora per l'acquisto. Se hai bisogno di qualcosa, facci sapere.
            Buonasera,\\n\\nvolevamo semplicemente ringraziarla per il suo ordine. Le auguriamo una buona serata!\\n\\nLo staff di Casa Verde | volevamo semplicemente ringraziarla per il suo ordine. Le auguriamo una buona serata!
            """)
    void findsMessagesThatOnlyThankOrOfferHelp(String written, String excerpt) {
        String body = written.replace("\\n", "\n");
        assertExcerpts(proactive(body), body, excerpt);
    }

    @Test
    void aNoteThatNoReplyIsNeededIsStillOnlyThanks() {
        String body = "Hi,\n\nThank you for your order! No need to reply to this message.\n\nBest,\nAnna";
        assertExcerpts(proactive(body), body, "Thank you for your order! No need to reply to this message.");
    }

    @Test
    void anOptOutLineGivesTheBuyerNothingAboutTheOrder() {
        String body = "Thanks for your order! We're here if you need anything. Reply STOP to opt out of further messages.";
        assertThat(proactive(body)).isNotEmpty();
    }

    @Test
    void anOptOutLineAskingForAReplyIsStillNoPurpose() {
        String body = "Bonjour,\n\nToute l'équipe vous remercie chaleureusement pour votre commande. Nous restons à votre disposition pour "
                + "toute question.\n\nSi vous ne souhaitez plus recevoir de messages de notre part, répondez simplement STOP à ce message.\n\n"
                + "À très bientôt,\nCroquettes du Terroir";
        assertThat(rule.check(draft().reason("OTHER").language("fr").body(body))).isNotEmpty();
    }

    /** An apology for "any" inconvenience names no problem: with thanks and an offer of help it is all the message says. */
    @Test
    void anApologyForAnyInconvenienceIsNoPurpose() {
        String body = "Bonjour,\nToute l'équipe vous remercie pour votre commande 402-8857310-5521967 et vous prie de nous excuser pour tout "
                + "éventuel désagrément. Nous restons à votre entière disposition si vous avez la moindre question.\nBelle journée,\nL'équipe";
        assertThat(rule.check(draft().reason("OTHER").language("fr").body(body))).isNotEmpty();
        String problem = "Bonjour,\nVotre colis part avec trois jours de retard, nous vous prions de nous excuser pour tout éventuel désagrément. "
                + "Nous restons à votre disposition.\nL'équipe";
        assertThat(rule.check(draft().reason("OTHER").language("fr").body(problem))).isEmpty();
    }

    /** A sentence that promotes is more than thanks, even with the thanks in it: promotion reports it. */
    @Test
    void aPromotionIsNoThankYouNote() {
        String body = "Our summer sale is live! Take 25% off everything this week - and thanks again for your order.";
        assertThat(proactive(body)).isEmpty();
    }

    @Test
    void theSellersAddressBelowTheClosingIsPartOfTheSignature() {
        String body = "Vielen Dank für Ihre Bestellung! Bei Fragen sind wir gern für Sie da.\n\nViele Grüße\n"
                + "Möbelhaus Kern\nLindenweg 12\n04109 Leipzig";
        assertExcerpts(proactive(body), body, "Vielen Dank für Ihre Bestellung! Bei Fragen sind wir gern für Sie da.");
    }

    @Test
    void aWordThatUsuallyCarriesContentIsPartOfAnOfferOfHelp() {
        // "only" often limits what the seller can do; the classifier is sure this one offers help.
        String body = "Hi Sam,\n\nThanks a lot for choosing our teapot. Whenever something comes up, we're only a message "
                + "away and always happy to help.\n\nWarmly,\nLeafhouse";
        assertThat(proactive(body)).isNotEmpty();
    }

    @Test
    void saysWhatTheMessageConsistsOf() {
        assertThat(proactive("Hello,\n\nThank you for your order!\n\nBest,\nAnna")).singleElement()
                .extracting(Violation::message)
                .isEqualTo("The message contains only thanks, with no information the buyer needs to receive or use the order.");
        assertThat(proactive("Hello,\n\nWe are here to help if you have any questions.\n\nBest,\nAnna")).singleElement()
                .extracting(Violation::message).asString().startsWith("The message contains only an offer of help,");
    }

    @Test
    void leavesRepliesAlone() {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body("Thank you for your message! We're here to help."))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hello,\n\nThank you for your order of made-to-measure curtains. Before we cut the fabric, please confirm the length.\n\nKind regards,\nWindowHaus",
            "Hello,\n\nThank you for purchasing PhotoMend Pro. Your license key is:\n\n7KQ2-M9XD-44PL-Z8RT\n\nBest regards,\nPhotoMend Team",
            "Hello,\n\nWe hope you're enjoying your new tea kettle. If you have a moment, we would appreciate an honest review on Amazon.\n\nBrewMaster",
            "Hello,\n\nIf the vacuum stops, wipe the two contacts of the dust bin. We're here to help.\n\nKind regards,\nCleanBot Support",
            "Hello,\n\nThank you for your order!\nWe ship with DHL from Hamburg.",
            "Hello,\n\nThank you for your order! How are you liking the kettle so far?\n\nBest,\nAnna",
            "Hello,\n\nYour order has shipped. Thank you for shopping with us!\n\nBest,\nAnna",
            "Hello,\n\nBest regards,\nAnna",
            "Guten Tag,\n\nvielen Dank für Ihre Bestellung. Leider ist die blaue Variante ausverkauft.\n\nViele Grüße",
            "Buongiorno,\n\ngrazie per il suo ordine. Purtroppo la versione blu è esaurita: preferisce la verde o il rimborso?"
                    + "\n\nCordiali saluti,\nCasa Verde",
            "Buongiorno,\n\ngrazie per aver acquistato PhotoMend Pro. La sua chiave di licenza è:\n\n7KQ2-M9XD-44PL-Z8RT"
                    + "\n\nCordiali saluti,\nIl team PhotoMend",
            "Buongiorno,\n\ngrazie per l'ordine 402-1234567-1234567. Il cuscino arriverà separatamente, in un secondo pacco."
                    + "\n\nCordiali saluti,\nCasa Verde",
    })
    void staysSilentWhenTheMessageHasAPurpose(String body) {
        assertThat(proactive(body)).as(body).isEmpty();
    }
}
