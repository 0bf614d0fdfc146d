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

class PromotionRuleTest {

    private final RuleHarness rule = new RuleHarness(PurposeRulesFixture.PROMOTION);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            By the way, use code THANKS10 at checkout.                              | use code THANKS10 at checkout
            Get 20% off with code SAVE20.                                           | 20% off with code
            We'd be happy to give you 15% off your next order.                      | 15% off your next order
            Our summer clearance is live.                                           | summer clearance
            Good news: we just launched a pillowcase set in the same fabric.        | just launched
            If you like it, you might also like our other products.                 | you might also like our other products
            Just search for Ironhearth on Amazon.                                   | search for Ironhearth on Amazon
            You can also sign up for our newsletter for care tips.                  | sign up for our newsletter
            For styling ideas, follow us on Instagram.                              | follow us
            Look for it in our Amazon storefront while the launch price lasts!      | Look for it in our Amazon storefront while the launch price
            Mit dem Code DANKE10 sparen Sie 10 % bei Ihrer nächsten Bestellung.     | Mit dem Code DANKE10 sparen Sie 10 % bei Ihrer nächsten Bestellung
            Schauen Sie sich auch unsere anderen Produkte an.                       | Schauen Sie sich auch unsere anderen Produkte
            Profitez de 15 % de réduction sur votre prochaine commande.             | Profitez de 15 % de réduction sur votre prochaine commande
            Découvrez notre nouvelle collection sur Amazon.                         | Découvrez notre nouvelle collection sur Amazon
            Aproveche un 20 % de descuento en su próxima compra.                    | 20 % de descuento en su próxima compra
            Visite nuestra tienda y descubra las novedades.                         | Visite nuestra tienda y descubra las novedades
            Con il codice GRAZIE10 avrà il 10% di sconto sul suo prossimo ordine.   | Con il codice GRAZIE10 avrà il 10% di sconto sul suo prossimo ordine
            Scopra la nostra nuova collezione su Amazon.                            | Scopra la nostra nuova collezione su Amazon
            Dai un'occhiata anche agli altri prodotti del nostro negozio.           | Dai un'occhiata anche agli altri prodotti del nostro
            Questo fine settimana tutto il catalogo è scontato del 25%.             | tutto il catalogo è scontato
            Si iscriva alla nostra newsletter per ricevere i consigli di stagione.  | Si iscriva alla nostra newsletter
            On our factory website the price is 30% cheaper than Amazon.           | cheaper than Amazon
            Our own shop has the refill kits 20% cheaper than anything on the marketplace. | cheaper than anything on the marketplace
            In unserem Shop ist das Set 20 % günstiger als bei Amazon.              | unserem Shop ist das Set 20 % günstiger als bei Amazon
            """)
    void findsMarketing(String body, String excerpt) {
        assertExcerpts(rule.check(draft().body(body)), body, excerpt);
    }

    /** Under a return, an order problem or a warranty claim, a thing given at no cost is the remedy unless a phrase sells. */
    @Test
    void aRemedyIsNoPromotionUnderAProblemReason() {
        String remedy = "If you choose to keep it, we can also send you a matching wood touch-up pen at no cost, which usually makes "
                + "small scratches almost invisible.";
        assertThat(rule.check(draft().reason("RETURN").body(remedy))).isEmpty();
        String selling = "We are sorry about the scratch. Use code SORRY10 for 10% off your next order.";
        assertThat(rule.check(draft().reason("RETURN").body(selling))).isNotEmpty();
    }

    @Test
    void findsEachPromotionOfALongerMessage() {
        String body = "Hello,\n\nFor seasonal care tips, sign up for our monthly newsletter. Subscribers also get "
                + "early access to our spring sale.\n\nHappy gardening,\nRosewood Nursery";
        assertExcerpts(rule.check(draft().reason("OTHER").body(body)), body,
                "sign up for our monthly newsletter", "Subscribers also get early access to our spring sale");
    }

    @Test
    void checksTheSubjectTooAndExplainsEachFinding() {
        List<Violation> violations = rule.check(draft().subject("Spring sale").body("𝗦𝗣𝗥𝗜𝗡𝗚 𝗦𝗔𝗟𝗘: 30% off everything!"));

        assertThat(violations).extracting(Violation::field, Violation::excerpt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("body", "𝗦𝗣𝗥𝗜𝗡𝗚 𝗦𝗔𝗟𝗘: 30% off everything"),
                org.assertj.core.groups.Tuple.tuple("subject", "Spring sale"));
        assertThat(violations.get(1).message())
                .isEqualTo("The message contains promotional or marketing content (a sale): 'Spring sale'.");
        assertThat(violations.get(1).suggestion()).startsWith("Remove 'Spring sale';");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We've shipped a free replacement in sage green today.",
            "We're sorry, but we cannot offer a discount on this item.",
            "The price you paid already included the 10% discount you received at checkout.",
            "We issued your refund of $18.99 this morning.",
            "We hope your new blender works well.",
            "This model is not for sale in your country.",
            "We sell wholesale only to registered businesses.",
            "Customs clearance may take two days.",
            "Please switch off the power and take the cover off.",
            "Your license code is AB12-CD34; use the code in the app to activate it.",
            "The matching screws are in the small bag.",
            "Please check out our assembly guide, attached as a PDF.",
            "We can send a replacement or refund 20% of the price; reply with your choice.",
            "The sale price ended yesterday, sorry; we can't change the price after the order.",
            "The discount you saw was a Lightning Deal by Amazon that ended before you ordered.",
            "You can drop the parcel off at any store of the carrier.",
            "Das passende Ersatzteil ist unterwegs.",
            "Nous ne pouvons malheureusement pas offrir de réduction.",
            "No podemos ofrecer un descuento en este pedido.",
            "Le abbiamo spedito gratuitamente un'unità sostitutiva in garanzia.",
            "Purtroppo non possiamo offrire sconti su questo articolo.",
            "Lo sconto che ha ricevuto al momento dell'acquisto è già applicato al prezzo.",
            "Il pacco è in arrivo: ci sono novità sulla consegna di giovedì.",
            "Gli altri prodotti del suo ordine 402-1234567-1234567 arriveranno in un secondo pacco.",
            "Usi il codice di attivazione nell'app per registrare il prodotto.",
            "Per risparmiare tempo, il ricambio è già montato.",
            "Verifichi che i piedini siano ben saldi prima di usare il tavolo.",
            "Der Preis von 59,90 € gilt für alle Größen, also auch für XL.",
            "Le schéma de montage est disponible en PDF sur www.robinetterie-notices.fr/k12.",
            "Hi Sofia, Just a gentle second nudge in case our earlier note got buried: if you have a moment, we'd welcome your review of the linen apron from order 114-6038819-2274405.",
            // Product names that begin like "promo" are names.
            "Attached is the print proof for your PromoStand roll-up banner (85 x 200 cm).",
            "Esta es la clave de activación de PromoCut 12.",
            "Nous avons bien reçu votre demande de retour pour l'aspirateur balai Promotec V8.",
            // Gift wrap the buyer chose is part of the order.
            "Sie haben Geschenkverpackung gewählt; die Karte drucken wir ohne Preisangabe.",
    })
    void staysSilentOnOrderTalk(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    @Test
    void aWeakWordAloneIsNoPromotionHoweverOftenItComes() {
        assertThat(rule.check(draft().body("sale ".repeat(200)))).isEmpty();
        assertThat(rule.check(draft().body("Sale! ".repeat(200) + "Everything in our store is 30% off."))).hasSize(1);
    }
}
