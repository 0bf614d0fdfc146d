package com.messageguard.rules.format;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body may hold at most the reason's limit in characters, counted as Unicode code points. */
class MessageLengthRuleTest {

    private static final String GRIN = "\uD83D\uDE00"; // one code point, two UTF-16 units

    private final RuleHarness rule = new RuleHarness(new MessageLengthRule());

    @Test
    void warnsOnOneCharacterOverTheLimitAndPointsAtTheOverflow() {
        String body = "k".repeat(400) + "X";

        List<Violation> violations = rule.check(draft().reason("DIGITAL_ACCESS_KEY").body(body));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("message-length");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.start()).isEqualTo(400);
            assertThat(v.end()).isEqualTo(401);
            assertThat(v.excerpt()).isEqualTo("X");
            assertThat(v.message()).isEqualTo("The message has 401 characters; DIGITAL_ACCESS_KEY allows 400.");
            assertThat(v.suggestion()).isEqualTo("Shorten the message to 400 characters; put long instructions in an attached PDF.");
        });
    }

    @Test
    void allowsExactlyTheLimit() {
        assertThat(rule.check(draft().reason("DIGITAL_ACCESS_KEY").body("k".repeat(400)))).isEmpty();
        assertThat(rule.check(draft().reason("CUSTOMIZATION").body("c".repeat(800)))).isEmpty();
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body("o".repeat(2000)))).isEmpty();
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        String body = "k".repeat(399) + GRIN;
        assertThat(body.length()).isEqualTo(401);

        assertThat(rule.check(draft().reason("DIGITAL_ACCESS_KEY").body(body))).isEmpty();
    }

    @Test
    void theOverflowSpanCoversWholeSurrogatePairs() {
        String body = "k".repeat(400) + GRIN + GRIN;

        assertThat(rule.check(draft().reason("DIGITAL_ACCESS_KEY").body(body))).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(400);
            assertThat(v.end()).isEqualTo(404);
            assertThat(v.excerpt()).isEqualTo(GRIN + GRIN);
            assertThat(v.message()).isEqualTo("The message has 402 characters; DIGITAL_ACCESS_KEY allows 400.");
        });
    }

    @Test
    void overflowOffsetsAreUtf16OffsetsAfterEarlierEmoji() {
        // 3 emoji + 798 letters = 801 code points in 804 UTF-16 units; the 801st character starts at unit 803.
        String body = GRIN.repeat(3) + "c".repeat(797) + "Z";

        assertThat(rule.check(draft().reason("CUSTOMIZATION").body(body))).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(803);
            assertThat(v.end()).isEqualTo(804);
            assertThat(v.excerpt()).isEqualTo("Z");
            assertThat(v.message()).isEqualTo("The message has 801 characters; CUSTOMIZATION allows 800.");
        });
    }

    @Test
    void warnsUnderEachLimitedReason() {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body("o".repeat(2001))))
                .singleElement().extracting(Violation::message)
                .isEqualTo("The message has 2001 characters; ORDER_ISSUE allows 2000.");
        assertThat(rule.check(draft().reason("CUSTOMIZATION").body("c".repeat(801))))
                .singleElement().satisfies(v -> {
                    assertThat(v.start()).isEqualTo(800);
                    assertThat(v.end()).isEqualTo(801);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUYER_INQUIRY_REPLY", "LEGAL_DISCLOSURE", "RETURN", "INVOICE", "WARRANTY",
            "PRODUCT_INSTRUCTIONS", "FEEDBACK_REQUEST", "OTHER"})
    void reasonsWithoutALimitAcceptLongTexts(String reason) {
        assertThat(rule.check(draft().reason(reason).body("x".repeat(5000)))).isEmpty();
    }
}
