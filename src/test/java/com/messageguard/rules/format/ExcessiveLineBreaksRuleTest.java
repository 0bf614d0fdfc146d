package com.messageguard.rules.format;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** More than two line breaks in a row; CRLF is one break, lines of only spaces or tabs are empty. */
class ExcessiveLineBreaksRuleTest {

    private final RuleHarness rule = new RuleHarness(new ExcessiveLineBreaksRule(TestRules.ruleSet()));

    @Test
    void blocksThreeLineBreaksInARow() {
        List<Violation> violations = rule.check(draft().body("Hello,\n\n\nyour order 113-4567890-1234567 ships today."));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("excessive-line-breaks");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.start()).isEqualTo(6);
            assertThat(v.end()).isEqualTo(9);
            assertThat(v.excerpt()).isEqualTo("\n\n\n");
            assertThat(v.message()).isEqualTo("The message has 3 line breaks in a row.");
        });
    }

    @Test
    void allowsTwoLineBreaks() {
        assertThat(rule.check(draft().body("Hello,\n\nyour order 113-4567890-1234567 ships today.\n\nRegards"))).isEmpty();
        assertThat(rule.check(draft().body("Hello,\r\n\r\nyour order ships today.\r\n\r\nRegards"))).isEmpty();
    }

    @Test
    void crlfCountsAsOneBreak() {
        assertThat(rule.check(draft().body("Hello,\r\n\r\n\r\nyour order ships today.")))
                .singleElement().satisfies(v -> {
                    assertThat(v.start()).isEqualTo(6);
                    assertThat(v.end()).isEqualTo(12);
                    assertThat(v.excerpt()).isEqualTo("\r\n\r\n\r\n");
                    assertThat(v.message()).isEqualTo("The message has 3 line breaks in a row.");
                });
    }

    @Test
    void bareCarriageReturnsAndUnicodeSeparatorsAreBreaksToo() {
        assertThat(rule.check(draft().body("Hello,\r\r\rthanks")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("\r\r\r");
        assertThat(rule.check(draft().body("Hello,\u2028\u2028\u2028thanks")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("\u2028\u2028\u2028");
    }

    @Test
    void linesOfOnlySpacesOrTabsCountAsEmpty() {
        assertThat(rule.check(draft().body("Hello,\n  \n\t\nthanks"))).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(6);
            assertThat(v.end()).isEqualTo(12);
            assertThat(v.excerpt()).isEqualTo("\n  \n\t\n");
            assertThat(v.message()).isEqualTo("The message has 3 line breaks in a row.");
        });
    }

    @Test
    void theSpanRunsFromTheFirstBreakToTheLast() {
        // Indentation after the last break is not part of the run.
        assertThat(rule.check(draft().body("Hello,  \n\n\n\n    thanks"))).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(8);
            assertThat(v.end()).isEqualTo(12);
            assertThat(v.excerpt()).isEqualTo("\n\n\n\n");
            assertThat(v.message()).isEqualTo("The message has 4 line breaks in a row.");
        });
    }

    @Test
    void reportsEachRunAndChecksTheSubjectToo() {
        List<Violation> violations = rule.check(draft()
                .subject("Order\n\n\nupdate")
                .body("A\n\n\nB\n\nC\n\n\n\nD"));

        assertThat(violations).extracting(Violation::field, Violation::start, Violation::end, Violation::message)
                .containsExactly(
                        tuple("body", 1, 4, "The message has 3 line breaks in a row."),
                        tuple("body", 8, 12, "The message has 4 line breaks in a row."),
                        tuple("subject", 5, 8, "The message has 3 line breaks in a row."));
    }

    @Test
    void offsetsPointIntoTheOriginalTextPastInvisibleCharacters() {
        // The zero-width spaces are dropped before scanning; offsets still count them.
        assertThat(rule.check(draft().body("\u200B\u200BHi\n\n\nthere"))).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(4);
            assertThat(v.end()).isEqualTo(7);
            assertThat(v.excerpt()).isEqualTo("\n\n\n");
        });
    }

    @Test
    void singleBreaksBetweenLinesAreFine() {
        assertThat(rule.check(draft().body("Line one\nline two\nline three\nline four\n"))).isEmpty();
        assertThat(rule.check(draft().body("Text with   spaces \t and tabs but no breaks"))).isEmpty();
    }
}
