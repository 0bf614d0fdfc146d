package com.messageguard.rules.purpose;

import static com.messageguard.rules.purpose.PurposeRulesFixture.assertExcerpts;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CancellationReasonRuleTest {

    private final RuleHarness rule = new RuleHarness(PurposeRulesFixture.CANCELLATION_REASON);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We noticed that you cancelled your order. Could you tell us why you decided to cancel?          | why you decided to cancel
            Why did you cancel your order for the air fryer?                                                 | Why did you cancel
            We saw that your order was cancelled. May we ask what made you change your mind?                 | what made you change your mind
            Would you mind sharing the reason for your cancellation? It helps us improve.                     | the reason for your cancellation
            We noticed you cancelled your order. Could you tell us why?                                      | Could you tell us why
            Wir haben gesehen, dass Sie storniert haben. Dürfen wir fragen, warum Sie storniert haben?        | warum Sie storniert
            Pourriez-vous nous dire pourquoi vous avez annulé votre commande ?                               | pourquoi vous avez annulé
            Hemos visto que ha cancelado su pedido. ¿Podría indicarnos el motivo de la cancelación?          | motivo de la cancelación
            Abbiamo visto che ha annullato l'ordine. Potrebbe dirci perché ha deciso di annullarlo?           | perché ha deciso di annullarlo
            Ci può spiegare il motivo dell'annullamento?                                                     | il motivo dell'annullamento
            Ha annullato il suo ordine. Possiamo chiederle perché?                                           | Possiamo chiederle perché
            Come mai hai cancellato l'ordine?                                                                | Come mai hai cancellato
            Abbiamo ricevuto la sua richiesta di annullamento. Potrebbe dirci perché?                        | Potrebbe dirci perché
            Your order was cancelled. Could you tell us why you decided against it?                          | why you decided against
            You cancelled the order yesterday, would you mind telling us why?                                | cancelled the order yesterday, would you mind telling us why
            Ihre Bestellung wurde storniert. Dürfen wir fragen, warum Sie sich dagegen entschieden haben?     | warum Sie sich dagegen entschieden
            Votre commande a été annulée. Pourquoi avez-vous décidé de ne pas la garder ?                    | Pourquoi avez-vous décidé de ne pas
            """)
    void findsQuestionsAboutTheReason(String body, String excerpt) {
        assertExcerpts(rule.check(draft().reason("OTHER").body(body)), body, excerpt);
    }

    @Test
    void explainsTheFinding() {
        assertThat(rule.check(draft().body("Why did you cancel?"))).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("The message asks the buyer why they cancelled: 'Why did you cancel'."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your order was cancelled because the item is out of stock.",
            "The reason for the cancellation is that the item is out of stock.",
            "Please note the reason we cancelled: the item was out of stock.",
            "We had to cancel your order. May we ask why?",
            "If you change your mind, just let us know.",
            "You don't need to give a reason if you want to cancel.",
            "Could you tell us why the parcel was returned?",
            "Why did you cancel the return request? The replacement is on its way.",
            "Why not try the larger size? It fits the AP-300.",
            "Your order was cancelled at your request. Why not browse our other colours?",
            "Votre commande a été annulée à votre demande. Pourquoi ne pas essayer la taille au-dessus ?",
            "Wir mussten Ihre Bestellung leider stornieren, da der Artikel ausverkauft ist.",
            "Nous avons annulé votre commande ; la raison est une rupture de stock.",
            "Abbiamo dovuto annullare il suo ordine perché l'articolo è esaurito, ma può ordinarlo di nuovo tra due settimane.",
            "Il suo ordine è stato annullato perché il pagamento non è andato a buon fine; può effettuarne uno nuovo quando vuole.",
            "Per motivi tecnici, le chiediamo di richiedere l'annullamento dell'ordine.",
            "Se cambia idea, ce lo faccia sapere.",
            "Non serve indicare il motivo se desidera annullare.",
            "Perché il pacco è stato rispedito al mittente? Lo stiamo verificando.",
            "Perché ha annullato il reso? Il ricambio è già in viaggio.",
            "Abbiamo annullato il suo ordine. Potrebbe dirci perché?",
    })
    void staysSilentOnTheSellersOwnCancellationAndOtherQuestions(String body) {
        assertThat(rule.check(draft().reason("OTHER").body(body))).as(body).isEmpty();
    }

    @Test
    void readsAGuessingQuestionInADraftAboutTheCancellation() {
        String body = "We were sorry to see you cancel order 113-8802937-4419506. Was there something we could have "
                + "done better, a faster delivery perhaps?";
        assertThat(rule.check(draft().body(body))).isNotEmpty();
    }

    @Test
    void aReplyUnderTheBuyersCancellationSubjectSpeaksOfIt() {
        String body = "No problem at all, we stopped the bookshelf before it left the warehouse so you will not be charged. "
                + "Out of curiosity, may I ask what made you change your mind?";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").subject("Re: Please cancel my order").body(body)))
                .isNotEmpty();
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").subject("Re: Bookshelf colour").body(body))).isEmpty();
    }

    @Test
    void leavesOtherQuestionsInADraftAboutTheCancellation() {
        String body = "Your order 113-8802937-4419506 was cancelled as you asked and the refund is on its way. "
                + "Do you still need the invoice for your records?";
        assertThat(rule.check(draft().body(body))).isEmpty();
    }
}
