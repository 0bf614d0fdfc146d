package com.messageguard.rules.contact;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmojiRuleTest {

    private final RuleHarness rule = new RuleHarness(new EmojiRule(TestRules.ruleSet()));

    @Test
    void blocksAnEmojiWithItsOffsetsInTheOriginalText() {
        String body = "Thank you so much for your purchase! ❤️ We're here.";
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("emoji");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.start()).isEqualTo(37);
            assertThat(v.end()).isEqualTo(39);
            assertThat(v.excerpt()).isEqualTo("❤️");
            assertThat(v.message()).isEqualTo("The message contains an emoji.");
        });
    }

    @Test
    void reportsOneFindingPerSequenceCountingSurrogatePairsAsTwo() {
        String body = "Tent 👨‍👩‍👧‍👦 fits. 👍🏽 Made in 🇩🇪🇫🇷, see 1️⃣ and 🏴󠁧󠁢󠁥󠁮󠁧󠁿";

        assertThat(rule.check(draft().body(body)))
                .extracting(Violation::start, Violation::end, Violation::excerpt, Violation::severity)
                .containsExactly(
                        tuple(5, 16, "👨‍👩‍👧‍👦", Severity.BLOCK),
                        tuple(23, 27, "👍🏽", Severity.BLOCK),
                        tuple(36, 40, "🇩🇪", Severity.BLOCK),
                        tuple(40, 44, "🇫🇷", Severity.BLOCK),
                        tuple(50, 53, "1️⃣", Severity.BLOCK),
                        tuple(58, 72, "🏴󠁧󠁢󠁥󠁮󠁧󠁿", Severity.BLOCK));
    }

    @Test
    void warnsOnATextEmoticonAsTheEmoticonVariant() {
        List<Violation> violations = rule.check(draft().body("Open the rear cover and pull the sheet out. :-)\n\nBest"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("emoji");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.start()).isEqualTo(44);
            assertThat(v.end()).isEqualTo(47);
            assertThat(v.excerpt()).isEqualTo(":-)");
            assertThat(v.message()).isEqualTo("The message contains a text emoticon.");
            assertThat(v.suggestion()).isEqualTo("Remove the emoticon; keep the tone professional.");
        });
    }

    @Test
    void emoticonOffsetsAfterAnEmojiCountItsSurrogates() {
        assertThat(rule.check(draft().body("😊 :) <3")))
                .extracting(Violation::start, Violation::end, Violation::excerpt, Violation::severity)
                .containsExactly(
                        tuple(0, 2, "😊", Severity.BLOCK),
                        tuple(3, 5, ":)", Severity.WARN),
                        tuple(6, 8, "<3", Severity.WARN));
    }

    @Test
    void checksTheSubjectToo() {
        assertThat(rule.check(draft().subject("Your order ⭐⭐").body("Plain text.")))
                .extracting(Violation::field, Violation::start, Violation::excerpt)
                .containsExactly(tuple("subject", 11, "⭐"), tuple("subject", 12, "⭐"));
    }

    @Test
    void findsEmojiThatNormalizationWouldChange() {
        // NFKC turns ℹ into i and Ⓜ into M; with FE0F they are emoji, found in the original text.
        assertThat(rule.check(draft().body("Note ℹ️ and Ⓜ️.")))
                .extracting(Violation::excerpt).containsExactly("ℹ️", "Ⓜ️");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The SoftGrip® handle can be removed.",
            "© 2026 Example GmbH. Brand™ is ours.",
            "• Wash the pot\n• Check the ring",
            "Open the cover → pull the sheet.",
            "✓ Packed ✓ Shipped",
            "Heat to 180°C for 20 minutes.",
            "Your order #12345 ships at 3:30 pm.",
            "(see note 1:) for sizes",
            "Step 2: D-ring, Step 3:D-ring",
            "Visit https://example.com/help:) later",
            "Window 8:00-12:00 and 12:00-16:00",
            "Ships in <3 days, rated ★★★★★"})
    void compliantTextHasNoFinding(String body) {
        assertThat(rule.check(draft().body(body))).isEmpty();
    }
}
