package com.messageguard.rules.review;

import com.messageguard.testing.TestIntents;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.Draft;
import com.messageguard.engine.RuleRegistry;
import com.messageguard.engine.Violation;
import com.messageguard.rules.metadata.ReviewRequestRepeatRule;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review analysis looks at bounded windows of words, so a long message or one built to blow up
 * pairwise checks ("review refund if you " a thousand times) costs about as much as its phrase hits.
 * The bounds are generous: they catch a quadratic blow-up, not a slow machine.
 */
class ReviewSpeedTest {

    private static final long NORMAL_MILLIS = 250;
    private static final long HOSTILE_MILLIS = 3000;

    private final CheckEngine engine = new CheckEngine(new RuleRegistry(TestRules.ruleSet(), List.of(
            new IncentiveRule(ReviewFixture.REVIEWS, TestIntents.classifier()),
            new ReviewManipulationRule(ReviewFixture.REVIEWS, TestIntents.classifier()),
            new ReviewRequestMisplacedRule(ReviewFixture.REVIEWS),
            new ReviewRequestRepeatRule(ReviewFixture.REVIEWS))));

    @Test
    void aLongOrdinaryMessage() {
        String paragraph = "Hello Anna, we're sorry the kettle stopped working. We have issued a full refund and will "
                + "review your photos with our quality team. If you change your mind, you can order again. "
                + "Please update the address in Your Orders. If you have a moment, we'd appreciate an honest review. ";
        String body = paragraph.repeat(2000 / paragraph.length() + 1).substring(0, 2000);
        long millis = timed(draft().reason("WARRANTY").body(body).context(true, null, null, null).build(), 20);
        System.out.printf("review rules, 2,000 characters: %d ms%n", millis);
        assertThat(millis).isLessThan(NORMAL_MILLIS);
    }

    @Test
    void hostileRepetitions() {
        for (String unit : new String[] {"review refund if you ", "★", "⭐️", "leave us ★★★★★ ",
                "remove your review and get a gift card as a thank-you, ", "if you are happy review. if not contact us first. "}) {
            String body = unit.repeat(20_000 / unit.length() + 1).substring(0, 20_000);
            long millis = timed(draft().reason("ORDER_ISSUE").body(body).context(true, null, null, null).build(), 1);
            System.out.printf("review rules, 20,000 characters of '%s': %d ms%n", unit.strip(), millis);
            assertThat(millis).as(unit).isLessThan(HOSTILE_MILLIS);
        }
    }

    /** Milliseconds of the slowest of {@code runs} checks, after a warm-up on a copy. */
    private long timed(Draft draft, int runs) {
        engine.check(rebuilt(draft));
        long slowest = 0;
        for (int i = 0; i < runs; i++) {
            Draft fresh = rebuilt(draft);
            long start = System.nanoTime();
            List<Violation> violations = engine.check(fresh).violations();
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            assertThat(violations).isNotNull();
        }
        return slowest;
    }

    /** A draft with empty per-field caches, so every run analyses the text again. */
    private static Draft rebuilt(Draft draft) {
        return draft().reason(draft.reason().id()).body(draft.body().original())
                .context(draft.context().reviewAlreadyRequested(), null, null, null).build();
    }
}
