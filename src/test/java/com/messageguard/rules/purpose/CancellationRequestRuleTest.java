package com.messageguard.rules.purpose;

import static com.messageguard.rules.purpose.PurposeRulesFixture.assertExcerpts;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CancellationRequestRuleTest {

    private final RuleHarness rule = new RuleHarness(PurposeRulesFixture.CANCELLATION_REQUEST);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We are out of stock. Could you please cancel the order from your side so it doesn't count against us? | Could you please cancel the order from your side
            Unfortunately the lamp was damaged. Please submit a cancellation request in your Amazon account.      | Please submit a cancellation request
            If you don't have a street address, please request a cancellation.                                  | please request a cancellation
            If the size is wrong, request a cancellation through Your Orders.                                   | request a cancellation
            We would ask you to cancel the order yourself.                                                      | We would ask you to cancel the order yourself
            Bitte stornieren Sie die Bestellung, da der Artikel nicht mehr lieferbar ist.                       | Bitte stornieren Sie die Bestellung
            Könnten Sie die Bestellung bitte stornieren?                                                        | bitte stornieren
            L'article est en rupture de stock. Merci d'annuler la commande de votre côté.                        | Merci d'annuler la commande de votre côté
            Por favor, cancele el pedido desde su cuenta.                                                       | Por favor, cancele el pedido desde su cuenta
            L'articolo è esaurito. La preghiamo di annullare l'ordine dal suo account.                           | La preghiamo di annullare l'ordine dal suo account
            Purtroppo il prodotto è danneggiato: annulli l'ordine e lo riacquisti quando torna disponibile.     | annulli l'ordine
            Per favore, richieda l'annullamento dell'ordine tramite Amazon.                                     | Per favore, richieda l'annullamento
            Potrebbe annullare l'ordine lei stesso?                                                             | Potrebbe annullare l'ordine lei stesso
            Ti chiediamo di annullare l'ordine dal tuo account Amazon.                                          | Ti chiediamo di annullare l'ordine dal tuo account
            The lamp is discontinued. The easiest way to get your refund is for you to request a cancellation.  | is for you to request a cancellation
            It sold out. Could you open the order in Your Orders and choose 'Request cancellation' from your end? | Request cancellation' from your end
            The parcel is delayed by the carrier. If you prefer, don't hesitate to cancel it under Your Orders.    | cancel
            La livraison est retardée. Si vous préférez, n'hésitez pas à annuler la commande dans votre compte.   | annuler
            """)
    void findsRequestsToCancel(String body, String excerpt) {
        assertExcerpts(rule.check(draft().reason("ORDER_ISSUE").body(body)), body, excerpt);
    }

    @Test
    void explainsTheFinding() {
        assertThat(rule.check(draft().body("Please cancel the order."))).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("The message asks the buyer to cancel the order or to request a cancellation: 'Please cancel'."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We have cancelled your order and refunded you in full.",
            "The lamp is discontinued. The easiest way forward is that we cancel it for you today.",
            "You can cancel the return request in your account.",
            "If you would prefer not to wait, you can cancel the order in Your Orders.",
            "If you'd rather not, reply \"cancel\" and we'll cancel the order so that Amazon refunds you.",
            "Please do not cancel the order; it ships tomorrow.",
            "Please note that we cancel unpaid orders after 7 days.",
            "Please let us cancel the order for you.",
            "There is no need to cancel the order.",
            "Cancellation requests are handled by Amazon.",
            "Falls Sie nicht warten möchten, können Sie die Bestellung unter „Meine Bestellungen“ stornieren.",
            "Si vous annulez la commande, Amazon vous rembourse.",
            "Abbiamo annullato il suo ordine e rimborsato l'intero importo.",
            "Se preferisce non aspettare, può annullare l'ordine dalla sezione I miei ordini.",
            "Se annulla l'ordine, Amazon le rimborserà l'intero importo.",
            "Se annulli l'ordine, Amazon ti rimborserà l'intero importo.",
            "Non è necessario annullare l'ordine: il pacco parte domani.",
            "Per favore, ci permetta di annullare l'ordine al posto suo.",
            "Potrebbe dirci perché ha deciso di annullarlo?",
            "Ya hemos cancelado el pedido. ¿Podría contarnos por qué ha decidido cancelar la compra?",
            "La preghiamo di cancellare il suo feedback.",
            "Può annullare la richiesta di reso dal suo account.",
            "Sollte Ihnen das zu spät sein, geben Sie uns bitte kurz Bescheid, dann stornieren wir die Bestellung für Sie.",
    })
    void staysSilentOnTheSellersCancellationAndOptionalPointers(String body) {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body(body))).as(body).isEmpty();
    }

    @Test
    void inAReplyOnlyASureReadingUnderASubjectThatRaisesNoCancellationAsksTheBuyerToCancel() {
        String body = "Lamentablemente el proveedor no nos ha enviado las botas y no sabemos cuándo llegarán. "
                + "Le rogamos que solicite usted la cancelación del pedido desde Mis pedidos.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").subject("Re: ¿Dónde están mis botas?").body(body)))
                .isNotEmpty();
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").subject("Re: ¿Cómo puedo anular el pedido?").body(body)))
                .as("the buyer asked how to cancel").isEmpty();
    }

    @Test
    void findsAPoliteRequestToWithdrawTheOrder() {
        String body = "Our carrier cannot deliver a wardrobe this size to your area. We'd be grateful if you could "
                + "withdraw the order through your account so we can close it.";
        assertThat(rule.check(draft().reason("DELIVERY_SCHEDULING").body(body))).isNotEmpty();
    }
}
