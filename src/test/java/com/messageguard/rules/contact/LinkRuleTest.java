package com.messageguard.rules.contact;

import com.messageguard.testing.TestIntents;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRuleTest {

    private final RuleHarness rule = new RuleHarness(new LinkRule(ContactRulesFixture.VIEWS, TestIntents.lexicon()));

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.amazon.com/dp/B0D4LK2P9Q",
            "http://example.com",
            "www.example.com",
            "example.com",
            "shop.example.co.uk",
            "brand.store",
            "bit.ly/x3Yz",
            "amzn.to/3xQz9Lk",
            "wa.me/15550107788",
            "t.me/brand_help",
            "192.168.10.20",
            "example.com/plugapp?ref=7",
            "example dot com",
            "example dot com slash plugapp",
            "www . shop . com",
            "example(dot)com",
            "example[.]com",
            "exam\u200Bple.com",
            "ex\u0430mple.com",
            "ｅｘａｍｐｌｅ．ｃｏｍ",
            "w w w . e x a m p l e . c o m",
            "paypal . me / leafandloom",
            "amazon.com/shops/brand",
            "news.example.org/signup",
            // Upper case passes the scans' cheap prefilters too ("://", "www.", a dot between letters).
            "WWW.EXAMPLE.COM",
            "HTTPS://SHOP.EXAMPLE.COM/deal",
            "Shop.Example.com",
    })
    void findsTheWholeAddress(String link) {
        String body = "Hello, see " + link + " for the details.";
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).as(link).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("link");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.excerpt()).isEqualTo(link);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Print the form at repairs.mybrand.qz/claim today.        | 18 | 42 | repairs.mybrand.qz/claim
            Manuals: brandhome.xyzw/m/4410, page 2.                  |  9 | 30 | brandhome.xyzw/m/4410
            Open help.kettleco.abcdefghijklmnopqrstuvwx/start now     |  5 | 49 | help.kettleco.abcdefghijklmnopqrstuvwx/start
            Go to setup.cam-brand.qq/step?n=2.                       |  6 | 33 | setup.cam-brand.qq/step?n=2
            Try deals dot mybrand dot qz slash spring instead        |  4 | 41 | deals dot mybrand dot qz slash spring
            PARTS.MYBRAND.QZ/HINGE has them                          |  0 | 22 | PARTS.MYBRAND.QZ/HINGE
            """)
    void aHostWithAPathIsALinkEvenOnATopLevelDomainIanaDoesNotList(String body, int start, int end, String excerpt) {
        assertThat(rule.check(draft().body(body))).as(body).singleElement()
                .extracting(Violation::start, Violation::end, Violation::excerpt)
                .containsExactly(start, end, excerpt);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We checked brandhome.xyzw and repairs.mybrand.qz: neither has a path, so neither is a link.",
            "Attached: manual.pdf/manual.docx and data.csv/data.xlsx, plus photo.heic/raw.",
            "Works with Node.js/Deno; keep notes.txt/backup and setup.ini/old.",
            "Open 9.30/17.30, sizes 2.5/3.5 mm, version 1.2.beta/x and 10.0.1/setup.",
            "Delivery 9 a.m./5 p.m., e.g./i.e. the same, z.B./bzw. later, Ph.D./M.A. staff, w.r.t./i.a.",
            "In stock in colour.Grey/green and St.Louis/Kansas, sizes S/M/L.",
            "help.kettleco.abcdefghijklmnopqrstuvwxy/start has a 25-letter ending",
            "brand.x/start and brand.q1/start are too short or not letters",
            "repairs.mybrand.qz/ is only a slash",
    })
    void aHostOnAnUnlistedTopLevelDomainNeedsAPathAndTheLookOfOne(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    /** A page written out after "at" is a link, not an address whose name is the word before "at". */
    @Test
    void findsASpelledPageAfterAt() {
        String body = "The full diagram is at support dot voltline dot com slash t200, under Installation.";
        assertThat(rule.check(draft().body(body))).extracting(Violation::excerpt)
                .containsExactly("support dot voltline dot com slash t200");
    }

    @Test
    void coversAnHtmlLinkWithoutItsQuotes() {
        String body = "pick a slot: <a href=\"https://book.example.com/slot\">book here</a>";
        assertThat(rule.check(draft().body(body))).singleElement()
                .extracting(Violation::excerpt).isEqualTo("https://book.example.com/slot");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your order 113-4567890-1234567 (ASIN B08N5WRWNW) ships today.",
            "The manual.pdf and the photo.jpg are attached; see readme.md too.",
            "It costs $1,299.00, e.g. for the XR-5000, i.e. the v2.0 model, approx. 12 x 18 in.",
            "No. 5 arrives on 12.05.2026 at 14:30, at 21.5°C and 50% humidity.",
            "We checked it.It is fine.So we ship today.",
            "anna@example.com is our address",
            "anna.shop@example.com is our address",
            "r\u0435turns.h\u0435lp@gm\u0430il.c\u043em is our address",
            "Version 1.2.3 of the app, build 10.0.19045.",
            "Thanks! Est. 2019, Inc. and Co. KG",
            "See you at 6.am tomorrow",
    })
    void staysSilentOnOrderTalk(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    /** A country domain that is also an English word is a shop's address in its own language only. */
    @Test
    void readsAWordLikeTopLevelDomainByTheDraftsLanguage() {
        String italian = "Li trova anche sul nostro sito oliodellacollina.it a prezzi più convenienti.";
        assertThat(rule.check(draft().language("it").body(italian))).singleElement()
                .extracting(Violation::excerpt).isEqualTo("oliodellacollina.it");
        assertThat(rule.check(draft().language("de").body("Besuchen Sie moebel-huber.at für Ersatzteile.")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("moebel-huber.at");
        assertThat(rule.check(draft().language("en").body("We checked it.it is fine, ok.so we ship."))).isEmpty();
        assertThat(rule.check(draft().language("it").body("Va bene.so che arriva domani."))).isEmpty();
    }

    @Test
    void allowsHttpsToAnAllowListedDomainOnlyUnderAReasonThatNeedsOne() {
        RuleHarness allowing = new RuleHarness(new LinkRule(new ContactSignals(ContactRulesFixture.allowing("book.example.com")), TestIntents.lexicon()));
        String https = "Pick a slot at https://book.example.com/slot for order 113-4567890-1234567.";

        assertThat(allowing.check(draft().reason("DELIVERY_SCHEDULING").body(https))).isEmpty();
        assertThat(allowing.check(draft().reason("ORDER_ISSUE").body(https))).hasSize(1);
        assertThat(allowing.check(draft().reason("DELIVERY_SCHEDULING").body(https.replace("https", "http")))).hasSize(1);
        assertThat(allowing.check(draft().reason("DELIVERY_SCHEDULING").body(https.replace("book.example.com", "evil-example.com"))))
                .hasSize(1);
        assertThat(rule.check(draft().reason("DELIVERY_SCHEDULING").body(https))).as("empty allow-list").hasSize(1);
    }

    @Test
    void staysLinearOnHostileInput() {
        String[] inputs = {"http://".repeat(3_000), "a.".repeat(10_000), "www.".repeat(5_000), "a-".repeat(10_000),
                "example dot ".repeat(1_700), "1.1.1.".repeat(3_000), "x.com/".repeat(3_000)};
        for (String input : inputs) {
            rule.check(draft().body(input));
        }
        long started = System.nanoTime();
        for (String input : inputs) {
            rule.check(draft().body(input));
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms for 20,000-character worst cases").isLessThan(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Les échantillons sont sur atelier-mireille point fr barre oblique teintes, merci.",
            "Trova il catalogo su bottega-rossi punto com e scegli il colore.",
    })
    void readsAnEverydayDotWordBeforeATopLevelDomain(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Le point de retrait est ouvert le samedi.",
            "El punto es que el paquete llegó tarde.",
            "Il punto com'è adesso va bene.",
    })
    void leavesEverydayDotWordsAlone(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }
}
