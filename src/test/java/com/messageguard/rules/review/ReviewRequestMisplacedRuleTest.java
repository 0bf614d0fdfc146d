package com.messageguard.rules.review;

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

class ReviewRequestMisplacedRuleTest {

    private final RuleHarness rule = new RuleHarness(new ReviewRequestMisplacedRule(ReviewFixture.REVIEWS));

    private Violation only(DraftBuilder draft, String body) {
        List<Violation> violations = rule.check(draft.body(body));
        assertThat(violations).as(body).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.rule()).isEqualTo("review-request-misplaced");
        assertThat(v.field()).isEqualTo("body");
        return v;
    }

    @Test
    void blocksAReviewRequestInACriticalMessage() {
        String body = "Hello, the mixer in order 114-7272727-8383838 ships two days late because of a carrier delay. "
                + "Once it arrives, we'd be grateful if you left a review.";
        Violation v = only(draft().reason("ORDER_ISSUE"), body);
        assertThat(v.severity()).isEqualTo(Severity.BLOCK);
        assertCovers(v, body, "we'd be grateful if you left a review");
        assertThat(v.message()).isEqualTo("The message asks for a review or feedback (\"we'd be grateful if you left a"
                + " review\"), but its contact reason is ORDER_ISSUE, a critical reason that must stick to its purpose.");
    }

    @Test
    void warnsAboutAReviewRequestInANonCriticalMessage() {
        String body = "Hi, the care guide for your cast-iron pan is attached. If you have a moment, please share your "
                + "experience in a product review.";
        Violation v = only(draft().reason("PRODUCT_INSTRUCTIONS"), body);
        assertThat(v.severity()).isEqualTo(Severity.WARN);
        assertCovers(v, body, "please share your experience in a product review");
        assertThat(v.message()).isEqualTo("The message asks for a review or feedback (\"please share your experience in"
                + " a product review\") in a PRODUCT_INSTRUCTIONS message instead of a feedback request.");
    }

    @Test
    void findsFeedbackThatWouldHelp() {
        String body = "Please tell us which weekday suits you for the delivery of your wardrobe. And after delivery, "
                + "feedback on our service would help us a lot.";
        Violation v = only(draft().reason("DELIVERY_SCHEDULING"), body);
        assertThat(v.severity()).isEqualTo(Severity.BLOCK);
        assertCovers(v, body, "feedback on our service would help us");
    }

    @Test
    void warnsInAReplyToTheBuyer() {
        String body = "Glad the new charger works! Would you mind leaving us a review?";
        Violation v = only(draft(), body);
        assertThat(v.severity()).isEqualTo(Severity.WARN);
        assertCovers(v, body, "Would you mind leaving us a review");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ORDER_ISSUE|BLOCK|Your sofa leaves our warehouse tomorrow. Please rate us on Amazon.|rate us",
            "WARRANTY|WARN|The warranty card is attached. Please leave some feed back on Amazon.|Please leave some feed back",
            "WARRANTY|WARN|The warranty card is attached. Please re-view the blender on Amazon.|Please re-view",
            "RETURN|WARN|Your return label is attached. We'd love your reviews of both lamps.|We'd love your reviews",
            "INVOICE|WARN|Your invoice is attached. We'd appreciate a 5 star rating.|We'd appreciate a 5 star rating",
            "ORDER_ISSUE|BLOCK|Your order arrives two days late. Once it's in your hands we'd really value your feedback on how we did.|we'd really value your feedback",
            "PRODUCT_INSTRUCTIONS|WARN|The strap fits. A 5-star rating on the listing would do wonders for us.|5-star rating on the listing would do wonders",
            "PRODUCT_INSTRUCTIONS|WARN|The manual is attached. After your first project, we'd really appreciate an honest review.|we'd really appreciate an honest review",
            "OTHER|WARN|The customs fee is paid. Kindly leave a five-star review.|Kindly leave a five-star review",
            "CUSTOMIZATION|BLOCK|Please confirm the name. Also, please leave us ⭐️⭐️⭐️⭐️⭐️ later.|please leave us ⭐️⭐️⭐️⭐️⭐️",
    })
    void findsRequestsWrittenInManyWays(String reason, Severity severity, String body, String excerpt) {
        Violation v = only(draft().reason(reason), body);
        assertThat(v.severity()).isEqualTo(severity);
        assertCovers(v, body, excerpt);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|ORDER_ISSUE|BLOCK|Ihre Bestellung verzögert sich um zwei Tage. Wenn Sie einen Moment Zeit haben, würden wir uns über eine Bewertung freuen.|würden wir uns über eine Bewertung",
            "fr|WARRANTY|WARN|Votre garantie est jointe. N'hésitez pas à laisser un avis sur Amazon.|N'hésitez pas à laisser un avis",
            "es|SERVICE_APPOINTMENT|BLOCK|El técnico llegará el martes. Después de la instalación, por favor deje una reseña en Amazon.|por favor deje una reseña",
            "it|ORDER_ISSUE|BLOCK|Il suo ordine arriverà con due giorni di ritardo. Se ha un momento, le saremmo grati se lasciasse una recensione.|le saremmo grati se lasciasse una recensione",
            "it|WARRANTY|WARN|Trova in allegato il certificato di garanzia. Non esiti a lasciare un feedback su Amazon.|Non esiti a lasciare un feedback",
            "it|SERVICE_APPOINTMENT|BLOCK|Il tecnico arriverà martedì. Dopo l'installazione, per favore lasci una recensione su Amazon.|per favore lasci una recensione",
            "it|OTHER|WARN|Ti spediamo il ricambio domani. Ci faresti un grande favore lasciando una recensione su Amazon.|Ci faresti un grande favore lasciando una recensione",
    })
    void findsRequestsInOtherLanguages(String language, String reason, Severity severity, String body, String excerpt) {
        Violation v = only(draft().reason(reason).language(language), body);
        assertThat(v.severity()).isEqualTo(severity);
        assertCovers(v, body, excerpt);
        assertThat(rule.check(draft().reason(reason).body(body))).as("detected language").hasSize(1);
    }

    @Test
    void aFeedbackRequestIsWhereReviewRequestsBelong() {
        String body = "We hope your coffee grinder works well. If you have a moment, we would appreciate an honest review.";
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(12).daysSinceDelivery(8).body(body)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thank you for the feedback about the zipper pull; the next batch will use a stronger ring.",
            "We will review your photos with our quality team and reply by tomorrow.",
            "Attached is a high-resolution scan of the rating label so you can check the voltage.",
            "Please review the attached invoice and let us know if the company name is right.",
            "Since the problem is resolved, please remove the 1-star review.",
            "Many customers leave reviews about the noise level; ours is 42 dB.",
            "We appreciate your feedback and will pass it on to the team.",
            "Your review is under review by Amazon; we cannot change that.",
            "Vous recevrez un avis de passage du transporteur si vous êtes absent.",
            "Si cambia de opinión, por favor responda a este mensaje.",
            "Please reply here with the unit number so we can update the address.",
            "Please review the engraving text below and confirm.",
            "Please review and confirm the proof before we print.",
            "Please let us know your feedback on the new design before we print.",
            "Your feedback helps us improve our products.",
            "Please do not leave a review until the replacement part has arrived.",
            "Please tell us what went wrong before leaving a negative review.",
            "We'd love to hear your feedback on the fit so we can help with sizing.",
            "Vous pouvez donner votre avis sur la taille en répondant à ce message.",
            "Nos encantaría saber su opinión sobre la talla para ayudarle.",
            "Si tiene alguna pregunta, por favor déjenos un comentario en este mensaje.",
            "Esamineremo le foto e le risponderemo entro domani.",
            "Valuteremo le foto con il nostro controllo qualità e le risponderemo domani.",
            "Grazie per il suo feedback sulla cerniera: il prossimo lotto avrà un anello più robusto.",
            "La preghiamo di non lasciare una recensione finché non arriva il pezzo di ricambio.",
            "Le chiediamo di valutare se il prodotto è adatto al suo spazio prima di ordinarne un altro.",
            "Può lasciarci un feedback sulla taglia rispondendo a questo messaggio?",
            "Ci dica se ha commenti sul nuovo imballo rispondendo a questo messaggio.",
    })
    void staysSilentWhenNothingAsksForAReview(String body) {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body(body))).as(body).isEmpty();
    }

    @Test
    void declaresItsWarnVariant() {
        assertThat(new ReviewRequestMisplacedRule(ReviewFixture.REVIEWS).variants()).containsExactly("non-critical");
    }

    @Test
    void findsARequestInWordsThePhraseListsDoNotKnow() {
        String body = "Your lamp leaves our workshop on Friday, two days late. Once it is on your desk, we'd be grateful "
                + "if you took a minute to tell other shoppers on the product page how you like it.";
        Violation v = only(draft().reason("ORDER_ISSUE"), body);
        assertThat(v.severity()).isEqualTo(Severity.BLOCK);
        assertCovers(v, body, "tell other shoppers");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We will review your photos and get back to you today.",
            "Thank you for sharing your experience on the product page.",
            "Please tell us by replying here how the fit works for you, so we can help with sizing.",
            "You can also post your question on the product page under Customer questions.",
            "We'd love to see the product page fixed too; we reported the wrong photo to Amazon.",
            "You can find the size chart on the product page, just below the photos.",
    })
    void leavesSentencesThatAskForNoReview(String body) {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body(body))).as(body).isEmpty();
    }
}
