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

class ReviewManipulationRuleTest {

    private final RuleHarness rule = new RuleHarness(new ReviewManipulationRule(ReviewFixture.REVIEWS, TestIntents.classifier()));

    private Violation only(DraftBuilder draft, String body) {
        List<Violation> violations = rule.check(draft.body(body));
        assertThat(violations).as(body).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.rule()).isEqualTo("review-manipulation");
        assertThat(v.severity()).isEqualTo(Severity.BLOCK);
        return v;
    }

    private Violation only(String body) {
        return only(draft(), body);
    }

    @Test
    void asksToUpdateAReview() {
        String body = "Hi Anna, the new part is on its way. Could you please update your review now that the issue is solved?";
        Violation v = only(body);
        assertCovers(v, body, "update your review");
        assertThat(v.message()).isEqualTo("The message asks the buyer to change or remove a review or feedback"
                + " (\"update your review\").");
    }

    @Test
    void politelyAsksToRemoveNegativeFeedback() {
        String body = "We'd really appreciate it if you would consider removing the negative feedback.";
        assertCovers(only(body), body, "removing the negative feedback");
    }

    @Test
    void asksToChangeTheRatingToFiveStars() {
        String body = "Would you mind changing your rating to five stars?";
        assertCovers(only(body), body, "changing your rating to five stars");
    }

    @Test
    void asksToRemoveTheOneStarReview() {
        String body = "Since the problem is now resolved, please remove the 1-star review you left on the product page.";
        assertCovers(only(body), body, "remove the 1-star review");
    }

    /** Words offered for a buyer who does not know what to write are words put in the review. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "¿Nos dejaría una reseña en Amazon? Si no sabe qué poner, puede decir que el libro llegó impecable y muy bien embalado.",
            "Would you leave a review? If you're not sure what to write, the quick delivery and the sturdy box are what readers value most.",
    })
    void suggestsWhatToWriteToABuyerWhoDoesNotKnow(String body) {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").body(body))).as(body).isNotEmpty();
    }

    @Test
    void asksToTakeItDownAfterASentenceAboutTheReview() {
        String body = "Your review is a pack of lies. Take it down by Friday.";
        assertCovers(only(body), body, "Take it down");
    }

    /** The review may be named two sentences before the pronoun, and the pronoun may stand before the verb. */
    @Test
    void asksToRemoveItTwoSentencesAfterTheReview() {
        String body = "Hemos leído la reseña que ha publicado sobre nuestro pienso. Su perro no enfermó por nuestro producto. "
                + "Le exigimos que la retire antes del viernes.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").language("es").body(body))).isNotEmpty();
        String third = "Nous avons lu votre avis. Le colis est parti lundi. Nous vous demandons de la supprimer.";
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").language("fr").body(third))).isNotEmpty();
    }

    @Test
    void aPronounThreeSentencesAfterTheReviewIsLeftToTheSubject() {
        String body = "Your review came in on Monday. The lamp shipped late. The driver was new. Take it down by Friday.";
        assertThat(rule.check(draft().subject("Re: Protective film").body(body))).isEmpty();
    }

    @Test
    void asksToTakeItDownUnderASubjectAboutTheReview() {
        String body = "This is unacceptable. Take it down by Friday.";
        Violation v = only(draft().subject("Re: Your review"), body);
        assertCovers(v, body, "Take it down");
        assertThat(rule.check(draft().subject("Re: Protective film").body(body))).isEmpty();
    }

    @Test
    void asksForFiveStarEmoji() {
        String body = "Please take a minute to leave us ⭐️⭐️⭐️⭐️⭐️ on Amazon!";
        Violation v = only(body);
        assertCovers(v, body, "leave us ⭐️⭐️⭐️⭐️⭐️");
        assertThat(v.message()).isEqualTo("The message asks for a positive or 5-star rating (\"leave us ⭐️⭐️⭐️⭐️⭐️\")"
                + " instead of an honest review.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We'd be very grateful for a 5-star review.|5-star review",
            "We'd love a five-star review from you!|five-star review",
            "Please give us 5 stars on Amazon.|give us 5 stars",
            "Leave ★★★★★ if you can, it helps a lot.|Leave ★★★★★",
            "Five stars would make a huge difference for a small shop like ours!|Five stars",
            "A positive review would mean the world to us.|positive review",
    })
    void asksForPositiveRatings(String body, String excerpt) {
        Violation v = only(body);
        assertCovers(v, body, excerpt);
        assertThat(v.message()).startsWith("The message asks for a positive or 5-star rating");
    }

    @Test
    void gatesTheReviewOnSatisfaction() {
        String body = "If you're happy with the kettle, please leave a review. If not, please contact us first so we can help.";
        Violation v = only(body);
        assertCovers(v, body, "If you're happy with the kettle, please leave a review. If not, please contact us first");
        assertThat(v.message()).isEqualTo("The message steers unhappy buyers away before they review"
                + " (\"If you're happy … contact us first\"): review gating.");
    }

    /** Gating about a review named only by its page: "hear about it on the product page ... before posting anything". */
    @Test
    void gatesAReviewNamedByItsPage() {
        String body = "If it has lived up to your expectations, other home cooks would love to hear about it on the product page. "
                + "If it fell short in any way, please give us the chance to put it right here first, before posting anything.";
        assertCovers(only(body), body, "before posting");
    }

    /** A change verb reaches along a list of what it changes: the review need not be its first object. */
    @Test
    void asksToRemoveAReviewListedAfterAnotherObject() {
        String body = "Please remove the complaint and the 1-star review by Friday.";
        assertCovers(only(body), body, "remove the complaint and the 1-star review");
        String fr = "Nous vous mettons en demeure de retirer votre réclamation ainsi que l'évaluation négative publiée sur notre profil.";
        assertCovers(only(draft().language("fr"), fr), fr, "retirer votre réclamation ainsi que l'évaluation négative");
        String other = "We will replace the lamp and the cable, and we read every review.";
        assertThat(rule.check(draft().body(other))).isEmpty();
    }

    @Test
    void asksThatTheReviewReflectTheRemedy() {
        String body = "We'd be grateful if your review could reflect the updated experience.";
        assertCovers(only(body), body, "review could reflect the updated");
    }

    /** A condition asked both ways is the neutral request's "whether you liked it or not", not gating. */
    @Test
    void aConditionAskedBothWaysGatesNothing() {
        String neutral = "Le agradeceríamos una reseña en Amazon, tanto si le ha gustado como si no.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").language("es").body(neutral))).isEmpty();
        String gating = "Si le ha gustado, déjenos una reseña en Amazon. Si no, escríbanos antes aquí.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").language("es").body(gating))).hasSize(1);
    }

    @Test
    void steersBeforeTheReviewIsPosted() {
        String body = "Please contact us before leaving a review so we can fix any problem.";
        assertCovers(only(body), body, "contact us before leaving a review");
    }

    @Test
    void tellsTheBuyerWhatToWrite() {
        String body = "In your review, please mention how quickly the parcel arrived.";
        Violation v = only(body);
        assertCovers(v, body, "In your review, please mention");
        assertThat(v.message()).isEqualTo("The message tells the buyer what to write in the review"
                + " (\"In your review, please mention\").");
    }

    @Test
    void discouragesNegativeReviews() {
        String body = "Please don't leave a negative review, just reply here and we'll sort it out.";
        Violation v = only(body);
        assertCovers(v, body, "don't leave a negative review");
        assertThat(v.message()).startsWith("The message discourages the buyer from leaving a negative review");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Bitte löschen Sie Ihre negative Bewertung.|löschen Sie Ihre negative Bewertung",
            "de|Wir bitten Sie, Ihre Bewertung zu ändern.|Bewertung zu ändern",
            "de|Über eine 5-Sterne-Bewertung würden wir uns sehr freuen.|5-Sterne-Bewertung",
            "fr|Pourriez-vous supprimer votre avis négatif ?|supprimer votre avis négatif",
            "fr|Si vous êtes satisfait, laissez-nous un avis. Sinon, contactez-nous d'abord.|Si vous êtes satisfait, laissez-nous un avis. Sinon, contactez-nous d'abord",
            "es|Si cambia su valoración a cinco estrellas, se lo agradeceríamos mucho.|cambia su valoración a cinco estrellas",
            "es|Por favor, deje una reseña de 5 estrellas.|deje una reseña de 5 estrellas",
            "it|La preghiamo di rimuovere la recensione negativa.|rimuovere la recensione negativa",
            "it|Potrebbe modificare la sua valutazione a cinque stelle?|modificare la sua valutazione a cinque stelle",
            "it|Ti chiediamo gentilmente di cancellare il tuo feedback negativo.|cancellare il tuo feedback negativo",
            "it|Se è soddisfatto, ci lasci una recensione. Se non è soddisfatto, ci contatti prima.|Se è soddisfatto, ci lasci una recensione. Se non è soddisfatto, ci contatti prima",
            "it|Per favore, ci lasci una recensione a 5 stelle.|lasci una recensione a 5 stelle",
            "it|Non lasci una recensione negativa, ci scriva e risolveremo tutto.|Non lasci una recensione negativa",
            "it|Nella sua recensione menzioni la consegna veloce.|Nella sua recensione menzioni",
            "de|Falls Sie Ihre Bewertung daraufhin noch einmal überdenken möchten, freuen wir uns.|Bewertung daraufhin noch einmal überdenken",
            "en|As soon as that review comes down, let us know here.|review comes down",
            "en|Would you consider revisiting the review you left last week?|revisiting the review",
            "de|Wir erstatten Ihnen gern 10 €, sobald Sie Ihre Rezension noch einmal überarbeitet haben.|Rezension noch einmal überarbeitet",
            "fr|Laissez-nous un avis sur Amazon. Précisez qu'il tient bien au chaud.|Précisez qu'il",
            "fr|Un avis nous aiderait. Vous pourriez mentionner la qualité du tissu.|Vous pourriez mentionner",
            "es|Si cambias tu reseña de dos estrellas, te lo agradeceríamos mucho.|cambias tu reseña",
            "de|Ihre Bewertung stimmt nicht. Entweder Sie löschen sie, oder wir melden uns wieder.|Sie löschen sie",
            "en|If you loved it, a review would be great. If not, drop us a line first.|If not, drop us a line first",
            "en|Enjoying your kettle? A review would be lovely. Any trouble? Come to us first and we'll fix it.|Come to us first",
            "fr|Un avis nous ferait plaisir ; n'hésitez pas à y mentionner que la livraison était rapide.|avis nous ferait plaisir ; n'hésitez pas à y mentionner que",
            "es|Nos encantaría su reseña en Amazon; no dude en mencionar que llegó en un día.|reseña en Amazon; no dude en mencionar que",
            "de|Wir freuen uns über eine Rezension. Dabei wäre es schön, die schnelle Lieferung zu erwähnen.|zu erwähnen",
    })
    void findsManipulationInOtherLanguages(String language, String body, String excerpt) {
        assertCovers(only(draft().language(language), body), body, excerpt);
    }

    @Test
    void asksToAdjustTheReviewPolitelyInGerman() {
        String body = "Könnten Sie Ihre Bewertung bitte anpassen?";
        assertCovers(only(draft().language("de"), body), body, "Bewertung bitte anpassen");
    }

    @Test
    void readsReViewAsReview() {
        String body = "Please change your re-view.";
        assertCovers(only(body), body, "change your re-view");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please don't remove the protective film before installation.",
            "Before using the heater, please remove the thin plastic film from the front grille.",
            "To update the firmware, open Settings > System > Update and confirm.",
            "You can change the delivery address in Your Orders.",
            "If you change your mind, you can return the kettle within 30 days. We'd appreciate an honest review.",
            "We will review your photos and update you tomorrow.",
            "Our kettle has a 5-star energy rating.",
            "Many customers leave five-star reviews for this blender.",
            "Thank you for updating your review!",
            "Thank you so much for your 5-star review!",
            "We would never ask you to change your review.",
            "Please remove it from the box carefully and keep the foam.",
            "If you are not satisfied, contact us first and we will send a replacement.",
            "Si vous changez d'avis, vous pouvez retourner l'article.",
            "Si cambia de opinión, puede devolver la lámpara.",
            "Wenn Sie die Lieferadresse ändern möchten, antworten Sie bitte hier.",
            "Please update the address in Your Orders and leave a review when the sofa arrives.",
            "The update removes the review screen from the menu.",
            "We changed our review policy last year.",
            "We are not asking for a 5-star review, just an honest one.",
            "Our product has over 2,000 five-star reviews on Amazon.",
            "Se cambia opinione, può restituire la lampada entro 30 giorni.",
            "Prima dell'uso rimuova la pellicola protettiva e aggiorni il firmware.",
            "Può modificare l'indirizzo di consegna in I miei ordini.",
            "Grazie per aver aggiornato la sua recensione!",
            "Non le chiederemmo mai di modificare la sua recensione.",
            "Il nostro bollitore ha oltre 2.000 recensioni a cinque stelle su Amazon.",
            "Molti clienti lasciano recensioni a cinque stelle per questo frullatore.",
            "Se non è soddisfatto, ci contatti e le invieremo un ricambio.",
            "La sua richiesta è in fase di valutazione; le risponderemo entro 48 ore.",
            "Ci farebbe piacere conoscere la sua opinione, positiva o negativa che sia, in una recensione.",
            "Nos gustaría conocer su opinión, positiva o negativa, en una reseña en Amazon.",
            "We'd love your opinion, positive or negative, in a review.",
    })
    void staysSilentOnEverydayChangesAndRatings(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    @Test
    void aNeutralRequestWithPositiveOrCriticalIsFine() {
        String body = "If you have a moment, we would appreciate it if you shared your experience in a product review on "
                + "Amazon. Whether it is positive or critical, your honest opinion helps other shoppers.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(12).daysSinceDelivery(9).body(body))).isEmpty();
    }

    @Test
    void findsSteeringWithoutAnyReviewWordWhenTheClassifierIsSure() {
        String body = "We're glad the new pump works. Now that it does, would you consider revisiting what you wrote "
                + "about it on the product page?";
        assertThat(rule.check(draft().body(body))).isNotEmpty();
    }

    @Test
    void leavesRevisitingOtherThingsAlone() {
        String body = "Would you consider revisiting the assembly steps in the manual? Step 4 explains the bracket.";
        assertThat(rule.check(draft().body(body))).isEmpty();
    }

    @Test
    void findsGatingWhoseReviewIsNamedInTheSentenceBefore() {
        String body = "If the boots have been all you hoped for, we would be delighted if you shared that in a review. "
                + "If anything falls short, please reply to this message first rather than posting.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").body(body))).extracting(Violation::excerpt)
                .anySatisfy(excerpt -> assertThat(excerpt).contains("rather than posting"));
    }

    /** A negated change that a condition opens demands the change under a threat: "if you don't remove it, ...". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Si vous ne supprimez pas ce commentaire dans 48 heures, nous allons signaler votre compte. | fr
            If you do not remove the review by Friday, we will report your account. | en
            """)
    void aConditionalNegatedChangeIsADemand(String body, String language) {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").language(language).body(body))).as(body).isNotEmpty();
    }

    @Test
    void aNegatedChangeWithoutAConditionIsNone() {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body("We would never ask you to remove your review."))).isEmpty();
    }

    /** Asking unhappy buyers to reply first, after a review asked of happy ones, is gating too. */
    @Test
    void findsGatingThatAsksForAReplyFirst() {
        String body = "If your child is loving the set, we'd be thrilled if you shared a review on Amazon. "
                + "If anything isn't quite right, please reply to this message first so we can sort it out for you.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").body(body))).isNotEmpty();
    }
}
