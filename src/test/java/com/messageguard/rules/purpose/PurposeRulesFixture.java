package com.messageguard.rules.purpose;

import com.messageguard.intent.IntentClassifier;
import com.messageguard.testing.TestIntents;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.Rule;
import com.messageguard.engine.RuleRegistry;
import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.testing.TestRules;
import java.util.List;

/** The purpose rules built on the repository's language packs, shared by their tests. */
final class PurposeRulesFixture {

    static final Lexicon LEXICON = TestIntents.lexicon();
    static final IntentClassifier INTENTS = TestIntents.classifier();
    static final MessagePurpose PURPOSE = new MessagePurpose(LEXICON, INTENTS);

    static final PromotionRule PROMOTION = new PromotionRule(LEXICON, INTENTS);
    static final OrderConfirmationRule ORDER_CONFIRMATION = new OrderConfirmationRule(PURPOSE);
    static final ThankYouOnlyRule THANK_YOU_ONLY = new ThankYouOnlyRule(PURPOSE);
    static final CancellationReasonRule CANCELLATION_REASON = new CancellationReasonRule(LEXICON, INTENTS);
    static final CancellationRequestRule CANCELLATION_REQUEST = new CancellationRequestRule(LEXICON, INTENTS);
    static final OffensiveLanguageRule OFFENSIVE = new OffensiveLanguageRule(LEXICON, INTENTS);

    static final List<Rule> ALL = List.of(PROMOTION, ORDER_CONFIRMATION, THANK_YOU_ONLY, CANCELLATION_REASON,
            CANCELLATION_REQUEST, OFFENSIVE);

    private PurposeRulesFixture() {
    }

    /** An engine running all six purpose rules, with the catalog's texts. */
    static CheckEngine engine() {
        return new CheckEngine(new RuleRegistry(TestRules.ruleSet(), ALL));
    }

    /**
     * Asserts that the violations are BLOCKs on the body whose excerpts are exactly {@code excerpts},
     * in order, each at the offsets where it first occurs in the original body.
     */
    static void assertExcerpts(List<Violation> violations, String body, String... excerpts) {
        assertThat(violations).extracting(Violation::excerpt).as(body).containsExactly(excerpts);
        int from = 0;
        for (Violation v : violations) {
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("body");
            int at = body.indexOf(v.excerpt(), from);
            assertThat(v.start()).as("start of '%s' in the original", v.excerpt()).isEqualTo(at);
            assertThat(v.end()).isEqualTo(at + v.excerpt().length());
            assertThat(body.substring(v.start(), v.end())).isEqualTo(v.excerpt());
            from = v.end();
        }
    }
}
