package com.messageguard.fix;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Fix;
import com.messageguard.engine.Rule;
import com.messageguard.engine.Violation;
import com.messageguard.rules.contact.ContactSignals;
import com.messageguard.rules.contact.EmailAddressRule;
import com.messageguard.rules.contact.EmojiRule;
import com.messageguard.rules.contact.LinkRule;
import com.messageguard.rules.contact.MailingAddressRule;
import com.messageguard.rules.contact.PhoneNumberRule;
import com.messageguard.rules.contact.SpecialFontRule;
import com.messageguard.rules.format.ExcessiveLineBreaksRule;
import com.messageguard.rules.format.ImportantTagRule;
import com.messageguard.testing.DraftBuilder;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Each rule with a safe fix, through the real engine: the fix every violation carries, applied to
 * the field, gives exactly the expected text, and the rule finds nothing in it any more.
 */
class SafeFixesTest {

    private static final ContactSignals SIGNALS = new ContactSignals(TestRules.ruleSet());

    /** The body with every fix of {@code rule} applied, after asserting each violation has one. */
    private static String fixedBody(Rule rule, DraftBuilder draft) {
        RuleHarness harness = new RuleHarness(rule);
        List<Violation> violations = harness.check(draft);
        assertThat(violations).as("findings of %s", rule.id()).isNotEmpty();
        assertThat(violations).allSatisfy(v -> assertThat(v.fix()).as("fix of %s", v.excerpt()).isNotNull());
        String fixed = Fixes.apply(draft.build().body().original(), violations.stream().map(Violation::fix).toList());
        assertThat(harness.check(draft.body(fixed))).as("findings of %s left in %s", rule.id(), fixed).isEmpty();
        return fixed;
    }

    @Test
    void dropsALinkWrittenToDodgeTheRobotsWithTheSpaceBeforeIt() {
        String fixed = fixedBody(new LinkRule(SIGNALS, com.messageguard.testing.TestIntents.lexicon()), draft().body("The manual is on example dot com slash manual."));

        assertThat(fixed).isEqualTo("The manual is on.");
    }

    @Test
    void dropsAnEmailAddressInBracketsWithTheBrackets() {
        String fixed = fixedBody(new EmailAddressRule(SIGNALS),
                draft().body("Our support team (help@example.com) replies within a day."));

        assertThat(fixed).isEqualTo("Our support team replies within a day.");
    }

    @Test
    void dropsAPhoneNumberBeforeACommaAndOneSpelledOut() {
        String fixed = fixedBody(new PhoneNumberRule(SIGNALS),
                draft().body("Call +44 20 7946 0958, or text five five five one two three four five six seven today."));

        assertThat(fixed).isEqualTo("Call, or text today.");
    }

    @Test
    void dropsAMailingAddressOnItsOwnLine() {
        String fixed = fixedBody(new MailingAddressRule(new ContactSignals(TestRules.ruleSet())),
                draft().reason("ORDER_ISSUE").body("Please send the parcel to\n1600 Pennsylvania Avenue NW, Washington, DC 20500\nThanks"));

        assertThat(fixed).isEqualTo("Please send the parcel to\nThanks");
    }

    @Test
    void leavesAReturnAddressUnderReturnToTheSeller() {
        List<Violation> violations = new RuleHarness(new MailingAddressRule(new ContactSignals(TestRules.ruleSet()))).check(
                draft().reason("RETURN").body("Please send it back to 1600 Pennsylvania Avenue NW, Washington, DC 20500."));

        assertThat(violations).isNotEmpty().allSatisfy(v -> assertThat(v.fix()).isNull());
    }

    @Test
    void dropsEmojiAndEmoticonsWithoutLeavingDoubleSpaces() {
        String fixed = fixedBody(new EmojiRule(TestRules.ruleSet()),
                draft().body("Thanks 🙏🏽 for waiting 👍! It ships today :-)\n🎉🎉\nBest"));

        assertThat(fixed).isEqualTo("Thanks for waiting! It ships today\nBest");
    }

    @Test
    void keepsTheDigitOfAKeycap() {
        String fixed = fixedBody(new EmojiRule(TestRules.ruleSet()), draft().body("Step 1️⃣: open the box. Step #️⃣2: done."));

        assertThat(fixed).isEqualTo("Step 1: open the box. Step #2: done.");
    }

    @Test
    void dropsTheImportantTagFromTheSubject() {
        RuleHarness harness = new RuleHarness(new ImportantTagRule());
        DraftBuilder draft = draft().reason("FEEDBACK_REQUEST").subject("[ Important ] Your order 113-4567890-1234567");
        Violation violation = harness.check(draft).get(0);

        assertThat(violation.fix()).isEqualTo(new Fix(0, 14, ""));
        assertThat(Fixes.apply("[ Important ] Your order 113-4567890-1234567", List.of(violation.fix())))
                .isEqualTo("Your order 113-4567890-1234567");
    }

    @Test
    void writesStyledLettersPlain() {
        String fixed = fixedBody(new SpecialFontRule(), draft().body("Your 𝐁𝐈𝐆 𝐒𝐀𝐋𝐄 order ships in ｆｕｌｌ today."));

        assertThat(fixed).isEqualTo("Your BIG SALE order ships in full today.");
    }

    @Test
    void collapsesExcessLineBreaksToTheMostAllowedInTheTextsOwnStyle() {
        assertThat(fixedBody(new ExcessiveLineBreaksRule(TestRules.ruleSet()), draft().body("Hello,\n\n \n\t\nyour order ships.\n\n\n\nBest")))
                .isEqualTo("Hello,\n\nyour order ships.\n\nBest");
        assertThat(fixedBody(new ExcessiveLineBreaksRule(TestRules.ruleSet()), draft().body("Hello,\r\n\r\n\r\nyour order ships.")))
                .isEqualTo("Hello,\r\n\r\nyour order ships.");
    }

    @Test
    void everyFixStaysInsideItsFieldAndCoversItsViolation() {
        DraftBuilder draft = draft().body("😀 Visit www.example.com or mail a@example.com 😀");
        for (Rule rule : List.of(new EmojiRule(TestRules.ruleSet()), new LinkRule(SIGNALS, com.messageguard.testing.TestIntents.lexicon()), new EmailAddressRule(SIGNALS))) {
            for (Violation v : new RuleHarness(rule).check(draft)) {
                Fix fix = Objects.requireNonNull(v.fix());
                assertThat(fix.start()).isLessThanOrEqualTo(v.start());
                assertThat(fix.end()).isGreaterThanOrEqualTo(v.end()).isLessThanOrEqualTo(draft.build().body().original().length());
            }
        }
    }
}
