package com.messageguard.rules.metadata;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.DraftBuilder;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limit = 5 x averageDailyOrders + 600; this message is number messagesSentToday + 1. */
class DailyLimitRuleTest {

    private final RuleHarness rule = new RuleHarness(new DailyLimitRule(TestRules.ruleSet()));

    /** averageDailyOrders 100: limit 1100, 90 % of it is message 990. */
    private static DraftBuilder sentToday(Integer averageDailyOrders, Integer messagesSentToday) {
        return draft().reason("ORDER_ISSUE").context(null, null, averageDailyOrders, messagesSentToday);
    }

    @Test
    void blocksTheFirstMessageOverTheLimit() {
        List<Violation> violations = rule.check(sentToday(100, 1100));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("daily-limit");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("context.messagesSentToday");
            assertThat(v.start()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("This would be message number 1101 today, over the daily limit of 1100.");
        });
    }

    @Test
    void exactlyAtTheLimitIsStillOnlyAWarning() {
        List<Violation> violations = rule.check(sentToday(100, 1099));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("daily-limit");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("context.messagesSentToday");
            assertThat(v.start()).isNull();
            assertThat(v.message()).isEqualTo("This would be message number 1100 today, close to the daily limit of 1100.");
            assertThat(v.suggestion()).isEqualTo("Keep the remaining messages for what is required to complete orders.");
        });
    }

    @Test
    void warnsFromNinetyPercentOfTheLimit() {
        assertThat(rule.check(sentToday(100, 989))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.message()).contains("message number 990").contains("limit of 1100");
        });
    }

    @Test
    void passesJustBelowNinetyPercent() {
        assertThat(rule.check(sentToday(100, 988))).isEmpty();
    }

    @Test
    void aMissingAverageCountsAsZeroOrders() {
        // limit 600: message 540 is 90 %, 600 is at the limit, 601 is over it.
        assertThat(rule.check(sentToday(null, 538))).isEmpty();
        assertThat(rule.check(sentToday(null, 539))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.message()).contains("message number 540").contains("limit of 600");
        });
        assertThat(rule.check(sentToday(null, 599))).singleElement().extracting(Violation::severity).isEqualTo(Severity.WARN);
        assertThat(rule.check(sentToday(null, 600))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.message()).isEqualTo("This would be message number 601 today, over the daily limit of 600.");
        });
    }

    @Test
    void aZeroAverageGivesTheSameLimitAsAMissingOne() {
        assertThat(rule.check(sentToday(0, 599))).singleElement().extracting(Violation::severity).isEqualTo(Severity.WARN);
        assertThat(rule.check(sentToday(0, 600))).singleElement().extracting(Violation::severity).isEqualTo(Severity.BLOCK);
    }

    @Test
    void aLimitWhoseNinetyPercentIsFractionalWarnsFromTheNextWholeMessage() {
        // averageDailyOrders 1: limit 605, 90 % = 544.5, so message 545 is the first warning.
        assertThat(rule.check(sentToday(1, 543))).isEmpty();
        assertThat(rule.check(sentToday(1, 544))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.message()).contains("message number 545").contains("limit of 605");
        });
    }

    @Test
    void appliesToRepliesToo() {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").context(null, null, 100, 1100)))
                .singleElement().extracting(Violation::severity).isEqualTo(Severity.BLOCK);
    }

    @Test
    void passesWhenTheCountSentTodayIsUnknown() {
        assertThat(rule.check(sentToday(100, null))).isEmpty();
        assertThat(rule.check(draft().reason("ORDER_ISSUE"))).isEmpty();
    }

    @Test
    void passesFarBelowTheLimit() {
        assertThat(rule.check(sentToday(100, 0))).isEmpty();
        assertThat(rule.check(sentToday(null, 10))).isEmpty();
    }
}
