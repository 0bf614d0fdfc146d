package com.messageguard.rules.format;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlMarkupRuleTest {

    private final RuleHarness rule = new RuleHarness(new HtmlMarkupRule());

    @Test
    void blocksAParagraphTagPair() {
        List<Violation> violations = rule.check(draft().body("<p>Your order 113-4567890-1234567 ships today.</p>"));

        assertThat(violations).hasSize(2);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo("html-markup");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.message()).isEqualTo("The message contains HTML markup.");
        });
        assertThat(violations).extracting(Violation::start, Violation::end, Violation::excerpt)
                .containsExactly(tuple(0, 3, "<p>"), tuple(46, 50, "</p>"));
    }

    @Test
    void findsTagsAndEntitiesWithTheirOffsets() {
        String body = "Hi,</b> see<br/>the <a href=\"https://example.com/x\">guide</a>&nbsp;now&#8217;s &#x2019;";

        assertThat(rule.check(draft().body(body)))
                .extracting(Violation::start, Violation::end, Violation::excerpt)
                .containsExactly(
                        tuple(3, 7, "</b>"),
                        tuple(11, 16, "<br/>"),
                        tuple(20, 52, "<a href=\"https://example.com/x\">"),
                        tuple(57, 61, "</a>"),
                        tuple(61, 67, "&nbsp;"),
                        tuple(70, 77, "&#8217;"),
                        tuple(79, 87, "&#x2019;"));
    }

    @Test
    void findsSelfClosingTagsWithSpacesCommentsAndDoctype() {
        assertThat(rule.check(draft().body("Line<br />next")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("<br />");
        assertThat(rule.check(draft().body("Text <!-- hidden --> more")))
                .singleElement().satisfies(v -> {
                    assertThat(v.start()).isEqualTo(5);
                    assertThat(v.excerpt()).isEqualTo("<!--");
                });
        assertThat(rule.check(draft().body("<!DOCTYPE html> hi")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("<!DOCTYPE");
    }

    @Test
    void checksTheSubjectToo() {
        assertThat(rule.check(draft().subject("<b>Order</b> update"))).extracting(Violation::field, Violation::excerpt)
                .containsExactly(tuple("subject", "<b>"), tuple("subject", "</b>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We <3 our customers.",
            "Note that 3 < 5 and 7 > 2.",
            "Your AT&T phone case ships today.",
            "Our R&D; team checked it.",
            "Q&A and Tom & Jerry",
            "Sizes: 5<10 and 10>5",
            "The price is < 20 EUR -> fine",
            "Write to <anna@example.com>",
            "Use the & sign; it is fine",
            "Half & half; &; &#; &#x;",
            "We sold 200 M&Ms; and S&P; shares",
            "Tom&Jerry; Ben&Holly;"})
    void ignoresTextThatIsNotMarkup(String body) {
        assertThat(rule.check(draft().body(body))).isEmpty();
    }

    @Test
    void findsNamedEntitiesOfAccentedLetters() {
        assertThat(rule.check(draft().body("Caf&eacute; &Uuml;bersicht &hellip;")))
                .extracting(Violation::excerpt).containsExactly("&eacute;", "&Uuml;", "&hellip;");
    }

    @Test
    void triesThePatternEverywhereItCouldMatch() {
        // The glance before the pattern must never turn away a place where it matches.
        String alphabet = "<&#;/!-xXaZ09 >\n";
        java.util.Random random = new java.util.Random(14);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(8) == 0 ? "abcdefghijklmnopqrstuvwxyz0123456789".repeat(1 + random.nextInt(2))
                        .substring(random.nextInt(20)) : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String s = text.toString();
            java.util.regex.Matcher m = HtmlMarkupRule.MARKUP.matcher(s);
            for (int at = 0; at < s.length(); at++) {
                if ((s.charAt(at) == '<' || s.charAt(at) == '&') && m.region(at, s.length()).lookingAt()) {
                    matched++;
                    assertThat(HtmlMarkupRule.mayStartMarkup(s, at)).as("%s at %d", s, at).isTrue();
                }
            }
        }
        assertThat(matched).isGreaterThan(1_000);
    }

    @Test
    void glancesPastBareAmpersands() {
        assertThat(HtmlMarkupRule.mayStartMarkup("M&Ms", 1)).isFalse();
        assertThat(HtmlMarkupRule.mayStartMarkup("&a&a", 0)).isFalse();
        assertThat(HtmlMarkupRule.mayStartMarkup("AT&T;", 2)).isFalse();
        assertThat(HtmlMarkupRule.mayStartMarkup("&" + "a".repeat(33) + ";", 0)).isFalse();
        assertThat(HtmlMarkupRule.mayStartMarkup("&" + "a".repeat(32) + ";", 0)).isTrue();
        assertThat(HtmlMarkupRule.mayStartMarkup("3 < 5", 2)).isFalse();
        assertThat(HtmlMarkupRule.mayStartMarkup("<a <a <a", 0)).isFalse();
        assertThat(HtmlMarkupRule.mayStartMarkup("<a href=x>", 0)).isTrue();
    }
}
