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

/** [Important] in the subject (any case or spacing) is reserved for critical contact reasons. */
class ImportantTagRuleTest {

    private final RuleHarness rule = new RuleHarness(new ImportantTagRule());

    @Test
    void blocksTheTagUnderANonCriticalReason() {
        List<Violation> violations = rule.check(draft().reason("RETURN")
                .subject("[Important] Your return for order 113-4567890-1234567"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("important-tag-misuse");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("subject");
            assertThat(v.start()).isEqualTo(0);
            assertThat(v.end()).isEqualTo(11);
            assertThat(v.excerpt()).isEqualTo("[Important]");
            assertThat(v.message()).isEqualTo("The subject is marked [Important], but RETURN is not a critical contact reason.");
        });
    }

    @Test
    void findsTheTagInAnyCaseAndSpacing() {
        assertThat(rule.check(draft().reason("OTHER").subject("Re: [ important ] delivery note")))
                .singleElement().satisfies(v -> {
                    assertThat(v.start()).isEqualTo(4);
                    assertThat(v.end()).isEqualTo(17);
                    assertThat(v.excerpt()).isEqualTo("[ important ]");
                    assertThat(v.message()).contains("OTHER is not a critical contact reason");
                });
        assertThat(rule.check(draft().reason("OTHER").subject("[IMPORTANT] please read")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("[IMPORTANT]");
        assertThat(rule.check(draft().reason("OTHER").subject("Note [\tImPoRtAnT  ]")))
                .singleElement().satisfies(v -> {
                    assertThat(v.start()).isEqualTo(5);
                    assertThat(v.excerpt()).isEqualTo("[\tImPoRtAnT  ]");
                });
    }

    @Test
    void findsFullWidthBracketsWhichNfkcMapsToAsciiOnes() {
        assertThat(rule.check(draft().reason("PRODUCT_INSTRUCTIONS").subject("［Important］ manual")))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("subject");
                    assertThat(v.start()).isEqualTo(0);
                    assertThat(v.end()).isEqualTo(11);
                    assertThat(v.excerpt()).isEqualTo("［Important］");
                });
        assertThat(rule.check(draft().reason("PRODUCT_INSTRUCTIONS").subject("［\u3000ＩＭＰＯＲＴＡＮＴ\u3000］ manual")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("［\u3000ＩＭＰＯＲＴＡＮＴ\u3000］");
    }

    @Test
    void offsetsPointIntoTheOriginalSubjectAroundInvisibleCharacters() {
        // The zero-width space is dropped before matching; the excerpt still shows what the seller typed.
        assertThat(rule.check(draft().reason("OTHER").subject("Hi \u200B[Imp\u200Bortant] info")))
                .singleElement().satisfies(v -> {
                    assertThat(v.start()).isEqualTo(4);
                    assertThat(v.end()).isEqualTo(16);
                    assertThat(v.excerpt()).isEqualTo("[Imp\u200Bortant]");
                });
    }

    @Test
    void appliesToRepliesToo() {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").subject("[Important] Re: your question")))
                .singleElement().extracting(Violation::message).asString().contains("BUYER_INQUIRY_REPLY");
    }

    @Test
    void reportsEveryTag() {
        assertThat(rule.check(draft().reason("INVOICE").subject("[Important] invoice [important]")))
                .extracting(Violation::start).containsExactly(0, 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORDER_ISSUE", "ADDITIONAL_INFORMATION", "CUSTOMIZATION", "DELIVERY_SCHEDULING",
            "SERVICE_APPOINTMENT", "LEGAL_DISCLOSURE", "DIGITAL_ACCESS_KEY"})
    void allowsTheTagUnderCriticalReasons(String reason) {
        assertThat(rule.check(draft().reason(reason).subject("[Important] Order 113-4567890-1234567"))).isEmpty();
        assertThat(rule.check(draft().reason(reason).subject("［ IMPORTANT ］ Order 113-4567890-1234567"))).isEmpty();
    }

    @Test
    void ignoresNearMisses() {
        assertThat(rule.check(draft().reason("OTHER").subject("Important: your order 113-4567890-1234567"))).isEmpty();
        assertThat(rule.check(draft().reason("OTHER").subject("[Important note] about your order"))).isEmpty();
        assertThat(rule.check(draft().reason("OTHER").subject("(Important) about your order"))).isEmpty();
        assertThat(rule.check(draft().reason("OTHER").subject("[Unimportant] about your order"))).isEmpty();
    }

    @Test
    void onlyTheSubjectCounts() {
        assertThat(rule.check(draft().reason("OTHER").body("[Important] Your order 113-4567890-1234567 ships today."))).isEmpty();
        assertThat(rule.check(draft().reason("OTHER"))).isEmpty();
    }
}
