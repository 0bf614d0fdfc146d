package com.messageguard.rules.purpose;

import static com.messageguard.rules.purpose.PurposeRulesFixture.assertExcerpts;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderConfirmationRuleTest {

    private final RuleHarness rule = new RuleHarness(PurposeRulesFixture.ORDER_CONFIRMATION);

    private List<Violation> proactive(String body) {
        return rule.check(draft().reason("ORDER_ISSUE").body(body));
    }

    @Test
    void findsAShipmentConfirmationBetweenGreetingAndSignature() {
        String body = "Hello,\n\nGood news! Your order 112-3349021-8834210 has been shipped today and is on its way to you. "
                + "You can follow the delivery in Your Orders.\n\nBest regards,\nPetPals Supply";
        List<Violation> violations = proactive(body);

        assertExcerpts(violations, body, "Your order 112-3349021-8834210 has been shipped today and is on its way to you. "
                + "You can follow the delivery in Your Orders.");
        assertThat(violations.get(0).message()).isEqualTo("The message only confirms the shipment and tracking details, "
                + "which Amazon already tells the buyer; nothing else in it is information the buyer needs.");
    }

    @Test
    void findsAnOrderReceiptWithAThankYou() {
        String body = "Hi,\n\nWe have received your order for the planter set and are now preparing it for shipment. "
                + "Thank you for shopping with us!\n\nKind regards,\nGreen Thumb Pottery";
        assertExcerpts(proactive(body), body,
                "We have received your order for the planter set and are now preparing it for shipment.");
    }

    @Test
    void findsAnIndirectDeliveryNote() {
        String body = "Hi there,\n\nJust a quick note to let you know that your parcel was delivered this morning.\n\nBest,\nAnna";
        List<Violation> violations = proactive(body);
        assertExcerpts(violations, body, "Just a quick note to let you know that your parcel was delivered this morning.");
        assertThat(violations.get(0).message()).startsWith("The message only confirms the delivery,");
    }

    @Test
    void findsARefundConfirmation() {
        String body = "Hello,\n\nThis is to confirm that your refund of $24.99 for the returned phone case has been processed.\n\nRegards,\nCaseCraft";
        assertExcerpts(rule.check(draft().reason("RETURN").body(body)), body,
                "This is to confirm that your refund of $24.99 for the returned phone case has been processed.");
    }

    @Test
    void anIssuedRefundIsConfirmedNotAnIssue() {
        String body = "Hello Sam,\n\nWe've checked the jacket in and issued your refund of $54.20 to your card today.\n\nBest regards,\nTom";
        assertExcerpts(rule.check(draft().reason("RETURN").body(body)), body,
                "We've checked the jacket in and issued your refund of $54.20 to your card today.");
        assertThat(rule.check(draft().reason("RETURN").body("Hello Sam,\n\nThere is an issue with your refund.\n\nTom"))).isEmpty();
    }

    @Test
    void aSentenceOnWhatTheConfirmationMeansStillOnlyConfirms() {
        String body = "Hello,\n\nYour refund of $42.50 for the returned lamp has been issued today. Depending on your bank, "
                + "you should see it on your card within a few working days.\n\nKind regards,\nLumen Home";
        assertExcerpts(rule.check(draft().reason("RETURN").body(body)), body, "Your refund of $42.50 for the returned lamp "
                + "has been issued today. Depending on your bank, you should see it on your card within a few working days.");
    }

    @Test
    void findsGermanFrenchAndSpanishConfirmations() {
        String de = "Guten Tag,\n\nIhre Bestellung wurde heute versandt und ist auf dem Weg zu Ihnen.\n\nViele Grüße\nIhr Team von Holzwerk Nord";
        assertExcerpts(proactive(de), de, "Ihre Bestellung wurde heute versandt und ist auf dem Weg zu Ihnen.");

        String fr = "Bonjour,\n\nNous vous confirmons que votre commande a été expédiée aujourd'hui. "
                + "Elle devrait arriver sous 2 à 3 jours ouvrés.\n\nCordialement,\nMaison Lumière";
        assertExcerpts(proactive(fr), fr, "Nous vous confirmons que votre commande a été expédiée aujourd'hui. "
                + "Elle devrait arriver sous 2 à 3 jours ouvrés.");

        String es = "Hola:\n\nSu pedido ha sido enviado y está en camino. Puede seguir su paquete en Mis pedidos.\n\nUn saludo,\nCasa Bonita";
        assertExcerpts(proactive(es), es, "Su pedido ha sido enviado y está en camino. Puede seguir su paquete en Mis pedidos.");
    }

    @Test
    void findsItalianConfirmations() {
        String shipped = "Buongiorno,\n\nil suo ordine è stato spedito oggi ed è in viaggio. Può seguire la spedizione nella "
                + "sezione I miei ordini.\n\nCordiali saluti,\nCasa Verde";
        assertExcerpts(proactive(shipped), shipped, "il suo ordine è stato spedito oggi ed è in viaggio. Può seguire la "
                + "spedizione nella sezione I miei ordini.");

        String received = "Salve,\n\nabbiamo ricevuto il suo ordine e lo stiamo preparando per la spedizione. "
                + "Grazie per averci scelto!\n\nCordiali saluti,\nBottega Rossi";
        assertExcerpts(proactive(received), received,
                "abbiamo ricevuto il suo ordine e lo stiamo preparando per la spedizione.");

        String refunded = "Gentile cliente,\n\nle confermiamo che il suo rimborso è stato effettuato.\n\nCordiali saluti,\nBottega Rossi";
        List<Violation> violations = rule.check(draft().reason("RETURN").body(refunded));
        assertExcerpts(violations, refunded, "le confermiamo che il suo rimborso è stato effettuato.");
        assertThat(violations.get(0).message()).startsWith("The message only confirms the refund,");

        String taken = "Gentile cliente,\n\nil suo ordine è stato preso in carico ed è in fase di preparazione. Riceverà una "
                + "notifica da Amazon alla spedizione.\n\nGrazie,\nCasa Verde";
        assertExcerpts(proactive(taken), taken, "il suo ordine è stato preso in carico ed è in fase di preparazione.");

        String delivered = "Ciao,\n\nvolevamo farti sapere che il tuo pacco è stato consegnato stamattina.\n\nUn saluto,\nAnna";
        assertExcerpts(proactive(delivered), delivered,
                "volevamo farti sapere che il tuo pacco è stato consegnato stamattina.");
    }

    @Test
    void reportsEachRunOfConfirmationSentences() {
        String body = "Hello,\n\nYour order has shipped.\n\nThank you for your order!\n\nYour tracking number is 1Z999AA10123456784.\n\nAnna";
        assertExcerpts(proactive(body), body, "Your order has shipped.", "Your tracking number is 1Z999AA10123456784.");
    }

    @Test
    void leavesRepliesAlone() {
        String body = "Hi Ben,\n\nYes, your order left our warehouse this morning and is on its way.\n\nBest regards,\nPetPals Supply";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(body))).isEmpty();
        assertThat(proactive(body)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hello,\n\nYour order will ship on Monday instead of today because of a supplier delay.\n\nBest,\nAnna",
            "Hello,\n\nYour order has shipped, but the lid will follow in a second parcel next week.\n\nBest,\nAnna",
            "Hello,\n\nYour order has shipped. Please remove the transport lock before first use.\n\nBest,\nAnna",
            "Hello,\n\nWe have received your order. Which color would you like for the engraving?\n\nBest,\nAnna",
            "Hi Anna, your parcel ships tomorrow. For questions mail john at gmail dot com today.",
            "Hello,\n\nYour refund has been processed. The return label for the second item is attached.\n\nBest,\nAnna",
            "Hello,\n\nThe first pair has already been delivered. The second pair is back-ordered until April 2.\n\nKind regards,\nWindowHaus",
            "Hello,\n\nThank you for your order! We are here to help if you have any questions.\n\nBest wishes,\nBrightway Home",
            "Guten Tag,\n\nleider verzögert sich der Versand Ihrer Bestellung. Sie wird voraussichtlich am 18.03. geliefert.\n\nViele Grüße",
            "Hello,\n\nYour order is being shipped to Norway. The carrier may collect import VAT on delivery.\n\nKind regards,\nNordic Wool Co.",
            "Hello,\n\nYour order has shipped and will arrive on Friday; a signature is required on delivery.\n\nBest,\nAnna",
            "Bonjour,\n\nVotre commande a été expédiée. Une signature sera nécessaire à la livraison.\n\nCordialement,\nMaison Lumière",
            "Buongiorno,\n\nil suo ordine è stato spedito, ma il coperchio arriverà in un secondo pacco la prossima settimana."
                    + "\n\nCordiali saluti,\nCasa Verde",
            "Buongiorno,\n\nil suo ordine è stato spedito. Al momento della consegna è necessaria una firma.\n\nCordiali saluti,"
                    + "\nCasa Verde",
            "Buongiorno,\n\nil tecnico arriverà martedì 14 tra le 9 e le 12 per il montaggio della cucina.\n\nCordiali saluti,"
                    + "\nCasa Verde",
            "Buongiorno,\n\nabbiamo ricevuto il suo ordine. Quale colore preferisce per l'incisione?\n\nCordiali saluti,"
                    + "\nCasa Verde",
            "Buongiorno,\n\nil suo ordine 402-1234567-1234567 partirà con due giorni di ritardo: il fornitore ha consegnato "
                    + "tardi il tessuto.\n\nCordiali saluti,\nCasa Verde",
    })
    void staysSilentWhenTheMessageSaysMore(String body) {
        assertThat(proactive(body)).as(body).isEmpty();
    }
}
