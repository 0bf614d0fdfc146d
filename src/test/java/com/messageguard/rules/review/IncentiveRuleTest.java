package com.messageguard.rules.review;

import com.messageguard.testing.TestIntents;
import static com.messageguard.rules.review.Spans.assertCovers;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.DraftBuilder;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncentiveRuleTest {

    private final RuleHarness rule = new RuleHarness(new IncentiveRule(ReviewFixture.REVIEWS, TestIntents.classifier()));

    private Violation only(String body) {
        return only(draft(), body);
    }

    private Violation only(DraftBuilder draft, String body) {
        List<Violation> violations = rule.check(draft.body(body));
        assertThat(violations).as(body).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.rule()).isEqualTo("incentive");
        assertThat(v.severity()).isEqualTo(Severity.BLOCK);
        assertThat(v.field()).isEqualTo("body");
        return v;
    }

    @Test
    void refundIfTheBuyerUpdatesTheReview() {
        String body = "Hello,\n\nSorry about the kettle. We will give you a full refund if you update your review. "
                + "Let us know once it's done.";
        Violation v = only(body);
        assertCovers(v, body, "full refund if you update your review");
        assertThat(v.message()).isEqualTo("The message offers something of value (\"full refund\") in exchange for"
                + " a review or a change to one (\"update your review\").");
        assertThat(v.suggestion()).startsWith("Do not tie \"full refund\" to a review");
    }

    @Test
    void aDiscountForLeavingAReview() {
        String body = "We'd love to hear what you think. Leave a review and get 15% off your next order with code THANKS15.";
        Violation v = only(body);
        assertCovers(v, body, "Leave a review and get 15% off your next");
        assertThat(v.message()).contains("(\"off your next\")").contains("(\"Leave a review\")");
    }

    @Test
    void aPoliteConditionalGiftCardForRemovingFeedback() {
        String body = "If you could kindly remove your feedback, we would be happy to send you a $20 gift card.";
        Violation v = only(body);
        assertCovers(v, body, "If you could kindly remove your feedback, we would be happy to send you a $20 gift card");
        assertThat(v.message()).contains("(\"gift card\")").contains("(\"remove your feedback\")");
    }

    @Test
    void aBenefitForTakingDownAReviewNamedBefore() {
        String body = "We have seen your review of the lamp. If you take it down, we will refund the full $29.99 "
                + "and you can keep the lamp.";
        Violation v = only(body);
        assertCovers(v, body, "If you take it down, we will refund the full $29.99 and you can keep");
        assertThat(v.message()).contains("(\"If you take it down\")");
    }

    @Test
    void aRefundOnceTheReviewComesDown() {
        String body = "We saw the 2-star review and we're sorry it warped. As soon as that review comes down, "
                + "we'll refund the full £18.99 to your card.";
        assertCovers(only(body), body, "As soon as that review comes down, we'll refund");
    }

    @Test
    void somethingFreeInReturnForFeedback() {
        String body = "We'd love to send you a free sample of our new tea in return for your honest feedback.";
        assertCovers(only(body), body, "free sample of our new tea in return for your honest feedback");
    }

    @Test
    void aBenefitForAReviewAFewWordsApart() {
        String body = "Good news: we offer a free product for an honest review on Amazon.";
        assertCovers(only(body), body, "free product for an honest review");
    }

    @Test
    void aChangeAskedInReturnForTheBenefitOfTheSentenceBefore() {
        String body = "We're happy to refund the full price. All we ask in return is that you update your two-star review.";
        Violation v = only(body);
        assertCovers(v, body, "refund the full price. All we ask in return is that you update your two-star review");
        assertThat(v.message()).contains("(\"refund\")");
    }

    /** A negation reaches along the list of benefits it refuses. */
    @Test
    void aRefusedListOfBenefitsOffersNone() {
        String body = "We are not able to offer discounts, refunds or gifts in exchange for reviews, because Amazon does not allow it.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").subject("Re: Discount for a review?").body(body))).isEmpty();
        String offered = "We offer discounts, refunds or gifts in exchange for reviews.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body(offered))).isNotEmpty();
    }

    /** A review that "is online" or "goes live" is acted on as much as one that is posted. */
    @Test
    void aBenefitOnceTheReviewIsOnline() {
        String body = "To thank you, we will ship you a free set of two replacement cartridges as soon as your review is online.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").body(body))).isNotEmpty();
    }

    /** Giving in other words is a benefit where a link makes it a return for the review. */
    @Test
    void somethingSentAsAThankYouForAReview() {
        String body = "Si vous prenez quelques minutes pour laisser un commentaire sur Amazon, nous serons heureux de vous faire "
                + "parvenir une taie d'oreiller assortie en guise de remerciement.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").language("fr").body(body))).isNotEmpty();
        String noReturn = "If you would like to leave a review, we can send you the link to the product page.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").body(noReturn))).isEmpty();
    }

    @Test
    void aConditionThatRepeatsTheRequestBeforeIt() {
        String body = "Would you share your experience in a review on Amazon? Customers who take a moment to do so usually find "
                + "a little something extra tucked into their next parcel.";
        assertCovers(only(body), body, "Would you share your experience in a review on Amazon? Customers who take a moment to do so usually find a little something extra");
        String none = "Would you share your experience in a review on Amazon? Customers who do so help other cooks choose.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").body(none))).isEmpty();
    }

    /** A review named by its page ("on the product page"), not by a review word, is tied to a benefit alike. */
    @Test
    void aReviewNamedByItsPageIsTiedToo() {
        String body = "Customers who share their experience on the product page often find a little something extra tucked into their next parcel from us.";
        assertCovers(only(body), body, "Customers who share their experience on the product page often find a little something extra");
        String seller = "We have posted the assembly video on the product page, and the spare screws are free of charge.";
        assertThat(rule.check(draft().reason("PRODUCT_INSTRUCTIONS").body(seller))).isEmpty();
    }

    /** A pro-form after a condition stands for the change asked for earlier in its own sentence too. */
    @Test
    void aProFormStandsForTheChangeBeforeItInItsSentence() {
        String body = "Please update your review on Amazon, we'll reimburse the original shipping cost as soon as that's done.";
        assertCovers(only(draft().reason("BUYER_INQUIRY_REPLY"), body), body,
                "update your review on Amazon, we'll reimburse the original shipping cost as soon as");
    }

    /** "In light of this" ties a change request to the remedy of the sentence before. */
    @Test
    void aChangeInLightOfTheRemedyBeforeIsTiedToIt() {
        String body = "Wir haben Ihnen den vollen Kaufpreis erstattet. Wir wären Ihnen sehr verbunden, wenn Sie Ihre Bewertung "
                + "im Lichte dieser Lösung überdenken und aktualisieren würden.";
        assertCovers(only(draft().reason("BUYER_INQUIRY_REPLY").language("de"), body), body,
                "erstattet. Wir wären Ihnen sehr verbunden, wenn Sie Ihre Bewertung im Lichte dieser Lösung überdenken");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Post a review and we'll send you a complimentary travel pouch.|Post a review and we'll send you a complimentary",
            "Everyone who reviews the lamp on Amazon gets a little surprise in the post.|Everyone who reviews the lamp on Amazon gets a little surprise in the post",
    })
    void benefitsWithoutAPrice(String body, String excerpt) {
        assertCovers(only(body), body, excerpt);
    }

    @Test
    void aBenefitForTheTroubleAfterAChangeRequest() {
        String body = "Could you take another look at the review you left? We'd send a gift card for your trouble.";
        assertCovers(only(body), body, "Could you take another look at the review you left? We'd send a gift card for your trouble");
    }

    @Test
    void aBenefitInTheSentenceAfterTheRequest() {
        String body = "Please leave us a review on Amazon. In return, we will send you a free phone case.";
        Violation v = only(body);
        assertCovers(v, body, "Please leave us a review on Amazon. In return, we will send you a free");
        assertThat(v.message()).contains("(\"free\")").contains("(\"Please leave us a review\")");
    }

    @Test
    void spelledVariantsOfTheReview() {
        String body = "Post a five-star re-view and we'll reimburse the full price.";
        assertCovers(only(body), body, "Post a five-star re-view and we'll reimburse");
    }

    @Test
    void aPrizeDrawForEveryReview() {
        String body = "Leave a review and enter our monthly draw to win a $50 gift card.";
        Violation v = only(body);
        assertCovers(v, body, "Leave a review and enter our monthly draw to win a $50 gift card");
        assertThat(v.message()).contains("(\"draw, gift card\")");
    }

    @Test
    void aRewardForEveryoneWhoReviews() {
        String body = "Everyone who leaves a review gets a free cleaning kit.";
        assertCovers(only(body), body, "Everyone who leaves a review gets a free");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // German: a gift voucher once the review is changed
            "de|Sobald Sie Ihre Bewertung geändert haben, erhalten Sie einen Gutschein über 15 €.|Sobald Sie Ihre Bewertung geändert haben, erhalten Sie einen Gutschein",
            // German: a partial refund for a 5-star review
            "de|Wenn Sie uns eine 5-Sterne-Bewertung hinterlassen, erstatten wir Ihnen 20 % des Kaufpreises.|Wenn Sie uns eine 5-Sterne-Bewertung hinterlassen, erstatten wir Ihnen 20 % des Kaufpreises",
            // French: a refund for a 5-star review
            "fr|Si vous laissez un avis 5 étoiles, nous vous rembourserons intégralement.|Si vous laissez un avis 5 étoiles, nous vous rembourserons",
            // French: a voucher in exchange for an opinion
            "fr|Nous vous offrons un bon d'achat en échange de votre avis sur Amazon.|bon d'achat en échange de votre avis",
            // Spanish: a coupon in exchange for a review
            "es|Le enviaremos un cupón de descuento a cambio de su reseña.|cupón de descuento a cambio de su reseña",
            // Spanish: a free lamp for deleting a negative review
            "es|Si elimina su reseña negativa, le enviaremos otra lámpara totalmente gratis.|Si elimina su reseña negativa, le enviaremos otra lámpara totalmente gratis",
            // Italian: a partial refund for a 5-star review
            "it|Se lascia una recensione a 5 stelle, le rimborseremo il 20% del prezzo.|Se lascia una recensione a 5 stelle, le rimborseremo",
            // Italian: a gift voucher in exchange for the review
            "it|Le invieremo un buono regalo da 15 euro in cambio della sua recensione.|un buono regalo da 15 euro in cambio della sua recensione",
            // Italian: a free lamp for removing a negative review
            "it|Se rimuove la sua recensione negativa, le manderemo un'altra lampada gratis.|Se rimuove la sua recensione negativa, le manderemo un'altra lampada gratis",
            // Italian, tu form: a prize draw for a review
            "it|Lascia una recensione e partecipa all'estrazione di un buono Amazon da 50 euro.|Lascia una recensione e partecipa all'estrazione di un buono Amazon",
            // German: a voucher in the sentence after the request, as a small thank-you
            "de|Schreiben Sie uns gern eine Rezension. Als kleines Dankeschön schenken wir Ihnen dafür einen Gutschein über 5 €.|Schreiben Sie uns gern eine Rezension. Als kleines Dankeschön schenken wir Ihnen dafür einen Gutschein",
            // French: the same, "en petit remerciement"
            "fr|Nous serions ravis de lire votre avis. En petit remerciement, nous vous offrirons un bon d'achat de 5 €.|Nous serions ravis de lire votre avis. En petit remerciement, nous vous offrirons un bon d'achat",
            // French: a goodwill gesture once the review is changed
            "fr|Nous vous ferons un geste commercial dès que vous aurez modifié votre avis.|geste commercial dès que vous aurez modifié votre avis",
            // Spanish: the price paid back once the review is posted
            "es|Cuando publique su reseña, le devolvemos el importe pagado.|Cuando publique su reseña, le devolvemos el importe pagado",
    })
    void findsIncentivesInOtherLanguages(String language, String body, String excerpt) {
        assertCovers(only(draft().language(language), body), body, excerpt);
        assertThat(rule.check(draft().body(body))).as("detected language").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We have issued a full refund for the damaged mug.",
            "We're very sorry. We've shipped a free replacement for the faulty unit, and you don't need to return it.",
            "We are sending a free replacement for the faulty unit. If you have a moment, we'd appreciate an honest review.",
            "Unfortunately we cannot offer a discount for reviews, but we'd appreciate an honest one.",
            "We will review your photos and send a free replacement or a partial refund if you decide to keep the table.",
            "Your refund has been processed, regardless of whether you leave a review.",
            "Thank you for your feedback. We have refunded your order in full.",
            "We refunded the shipping, and thank you for the feedback.",
            "Feel free to leave a review if you like the free carry bag.",
            "Yes, we can still add a gift message; reply with the text and we'll include a card.",
            "After your refund is processed, we'd appreciate an honest review.",
            "If you have any questions about your refund, please reply here.",
            "If you decide to keep the table, we can offer a partial refund; if you have any questions about reviews, "
                    + "Amazon can help.",
            "We will send you a new one free of charge, and if you have a moment later, an honest review would help.",
            "Thank you for your honest review. We have refunded the shipping cost as a goodwill gesture.",
            "We noticed your 1-star review. Please contact us so we can help; we will refund you in full.",
            "Your review mentions a broken handle; we are sending a free replacement handle today.",
            "Wir haben Ihnen den vollen Betrag erstattet. Über eine ehrliche Bewertung würden wir uns freuen.",
            "Amazon erstattet Ihnen dann den vollen Betrag.",
            "Nous avons remboursé votre commande. Si vous changez d'avis, vous pouvez commander à nouveau.",
            "Le hemos reembolsado el importe. Si cambia de opinión, puede volver a pedirlo.",
            "Ci scusi per il guasto: le spediremo gratuitamente un'unità sostitutiva in garanzia, non serve restituire"
                    + " quella difettosa.",
            "Purtroppo non possiamo offrire sconti in cambio di recensioni, ma una sua opinione sincera ci aiuterebbe.",
            "Il rimborso le è stato accreditato, indipendentemente dalla sua recensione.",
            "Le invieremo un ricambio gratuito; se ha un momento, più avanti una recensione sincera ci aiuterebbe.",
            "Grazie per la sua recensione. Le abbiamo già rimborsato le spese di spedizione.",
            "Le abbiamo rimborsato l'ordine. Se cambia opinione, può ordinarlo di nuovo.",
            "We have seen your review of the lamp. If you take it down, please let us know so we can close the case.",
            "We read your review. We will refund the full price today, and you can keep the lamp.",
    })
    void staysSilentWhenNothingIsTiedToAReview(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    @Test
    void readsTheSubjectToo() {
        String subject = "Review us and get a free gift";
        List<Violation> violations = rule.check(draft().subject(subject).body("Hello, your order ships today."));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("subject");
            assertCovers(v, subject, "Review us and get a free gift");
        });
    }
}
