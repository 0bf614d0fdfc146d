package com.messageguard.rules.attachment;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A promotional word counts at the start of a word of the file name, never inside one. */
class AttachmentContentRuleTest {

    private final RuleHarness rule = new RuleHarness(new AttachmentContentRule(TestRules.ruleSet()));

    @Test
    void blocksACatalogueWithTheWordItMatched() {
        List<Violation> violations = rule.check(draft().reason("PRODUCT_INSTRUCTIONS")
                .attachment("manual.pdf", "application/pdf", 10_000)
                .attachment("spring-catalogue.pdf", "application/pdf", 10_000));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("attachment-content");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("attachments[1]");
            assertThat(v.start()).isNull();
            assertThat(v.end()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("The attachment's name ('catalog') marks it as promotional material.");
        });
    }

    @ParameterizedTest
    @CsvSource({
            "spring-catalogue.pdf, catalog",
            "SummerPromo.png, promo",
            "price_list.pdf, price list",
            "PriceList2026.pdf, price list",
            "pricelist.pdf, pricelist",
            "Brochure.PDF, brochure",
            "new-flyers.jpg, flyer",
            "summer_flier.png, flier",
            "coupon10.png, coupon",
            "2026Newsletter.pdf, newsletter",
            "gift voucher.pdf, voucher",
            "CATALOG.pdf, catalog",
            "myCatalog.pdf, catalog",
            "ACMEBrochure.pdf, brochure",
            "NEWCatalog2026.pdf, catalog",
            "XMASPromo.png, promo",
            "PROMOcode.png, promo",
            "Gartenkatalog_2025.pdf, katalog",
            "Sommer-Prospekt.pdf, prospekt",
            "catálogo_otoño.pdf, catálogo",
            "volantino_saldi.jpg, volantino"})
    void blocksPromotionalWordsAtTheStartOfAWord(String fileName, String word) {
        assertThat(rule.check(draft().attachment(fileName, null, 10_000))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("attachment-content");
            assertThat(v.field()).isEqualTo("attachments[0]");
            assertThat(v.message()).isEqualTo("The attachment's name ('" + word + "') marks it as promotional material.");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"compromise.pdf", "decatalog.pdf", "invoice-113-4567890-1234567.pdf", "warranty_card.pdf",
            "assembly-instructions.pdf", "photo_of_damage.jpg", "pricing-error-proof.png", "listing.pdf",
            "DEcatalog.pdf", "USBCable-manual.pdf"})
    void allowsNamesWhereNoPromotionalWordStartsAWord(String fileName) {
        assertThat(rule.check(draft().attachment(fileName, null, 10_000))).isEmpty();
    }

    @Test
    void reportsEachPromotionalFileOnce() {
        List<Violation> violations = rule.check(draft()
                .attachment("promo-catalog-coupon.pdf", null, 10_000)
                .attachment("invoice.pdf", null, 10_000)
                .attachment("newsletter.pdf", null, 10_000));

        assertThat(violations).extracting(Violation::field).containsExactly("attachments[0]", "attachments[2]");
    }

    @Test
    void passesWithoutAttachments() {
        assertThat(rule.check(draft())).isEmpty();
    }
}
