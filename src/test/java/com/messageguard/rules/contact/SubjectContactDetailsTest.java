package com.messageguard.rules.contact;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Rule;
import com.messageguard.engine.Violation;
import com.messageguard.testing.TestIntents;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every contact rule reads the subject as well as the body: a contact detail that appears only
 * in the subject is found there, with offsets into the subject as the seller typed it.
 */
class SubjectContactDetailsTest {

    private static final String CLEAN_BODY = "Hello, thank you for order 113-4567890-1234567; the parts are on their way.";

    static Stream<Arguments> subjects() {
        ContactSignals signals = ContactRulesFixture.SIGNALS;
        return Stream.of(
                Arguments.of(new PhoneNumberRule(signals), "Questions? 020 7946 0321", "020 7946 0321"),
                Arguments.of(new PhoneNumberRule(signals), "Ring me on O7911 2O458O", "O7911 2O458O"),
                Arguments.of(new PhoneNumberRule(signals), "Tel. + 49 30 9876543", "+ 49 30 9876543"),
                Arguments.of(new EmailAddressRule(signals), "Your spare part - parts at example dot org", "parts at example dot org"),
                Arguments.of(new LinkRule(signals, com.messageguard.testing.TestIntents.lexicon()), "Manual at docs.mybrand.qz/x200", "docs.mybrand.qz/x200"),
                Arguments.of(new SocialMediaRule(SocialMediaRuleTest.LEXICON), "Photos via @copperleaf_help.", "@copperleaf_help"),
                Arguments.of(new OffPlatformRule(SocialMediaRuleTest.LEXICON, signals, TestIntents.classifier()), "Text 07911 204580 about the engraving",
                        "Text 07911 204580"),
                Arguments.of(new OffPlatformRule(SocialMediaRuleTest.LEXICON, signals, TestIntents.classifier()), "Refund by Zelle today", "Zelle"),
                Arguments.of(new MailingAddressRule(new ContactSignals(TestRules.ruleSet())), "Send it to 42 Elm Street, Springfield, IL 62704",
                        "42 Elm Street, Springfield, IL 62704"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("subjects")
    void findsAContactDetailThatIsOnlyInTheSubject(Rule rule, String subject, String excerpt) {
        var violations = new RuleHarness(rule).check(draft().reason("ORDER_ISSUE").subject(subject).body(CLEAN_BODY));

        assertThat(violations).as(subject).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("subject");
            assertThat(v.excerpt()).isEqualTo(excerpt);
            assertThat(v.start()).isEqualTo(subject.indexOf(excerpt));
            assertThat(v.end()).isEqualTo(subject.indexOf(excerpt) + excerpt.length());
        });
        assertThat(violations).extracting(Violation::rule).containsOnly(rule.id());
    }
}
