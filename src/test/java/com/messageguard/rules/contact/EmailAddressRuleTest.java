package com.messageguard.rules.contact;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressRuleTest {

    private final RuleHarness rule = new RuleHarness(new EmailAddressRule(ContactRulesFixture.VIEWS));

    /** The message with the address between two markers; asserts one finding covering exactly it. */
    private void assertOneFindingCovering(String address) {
        String body = "Hello, please write to " + address + " and we will help.";
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).as(address).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("email-address");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.excerpt()).isEqualTo(address);
            assertThat(body.substring(v.start(), v.end())).isEqualTo(address);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "anna@example.com",
            "anna.keller+shop@mail.example.co.uk",
            "anna at gmail dot com",
            "john dot miller at gmail dot com",
            "anna(at)example(dot)com",
            "anna [at] example [dot] com",
            "service[at]example.com",
            "anna{at}example{dot}de",
            "anna @ example . com",
            "a n n a @ g m a i l . c o m",
            "j o h n at g m a i l dot com",
            "anna at gmail.com",
            "anna_b at example.com",
            "anna.b at example.com",
            "ANNA AT EXAMPLE DOT COM",
            "anna@gm\u0430il.com",
            "an\u200Bna@exa\u200Cmple.com",
            "ａｎｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ",
            "anna@exam\u00ADple.com",
            "anna arroba example dot es",
            "mario.rossi chiocciola libero.it",
            "mario(chiocciola)example(punto)it",
            "mario [chiocciola] example [punto] it",
            "compta point maison arobase gmail point com",
            "soporte arroba example punto es",
            "info (at) example punkt de",
            "werkstatt (at) example (punkt) de",
            "atelier [at] example [point] fr",
            "anna@shop.example",
            "sales[at]brightwick[dot]example",
            "contact arobase atelier-brume point example",
            "service@ateliers-mira.boutiquex",
            "werkstatt ät hausmann-technik punkt de",
            "tobi punkt werkstatt at gmx punkt de",
            "anna @gmail.com",
    })
    void findsPlainAndObfuscatedAddressesAsOneFindingOverTheOriginalCharacters(String address) {
        assertOneFindingCovering(address);
    }

    @Test
    void findsEveryAddressInSubjectAndBody() {
        List<Violation> violations = rule.check(draft()
                .subject("Contact a@example.com")
                .body("Either b@example.org or c at example dot net."));

        assertThat(violations).extracting(Violation::field, Violation::excerpt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("body", "b@example.org"),
                org.assertj.core.groups.Tuple.tuple("body", "c at example dot net"),
                org.assertj.core.groups.Tuple.tuple("subject", "a@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please look at the photos and reply to this message.",
            "We arrive at 10 am, the dot on the label marks the front.",
            "You can find it at example.com in the manual.",
            "3 @ $4 each, 2 @ $5.",
            "Meet @ the door; the box is at the back.",
            "The polka dot pattern ships at noon.",
            "A che punto è la spedizione? Il punto di ritiro è vicino a casa sua.",
            "La chiocciola sul coperchio indica il lato da aprire.",
            "Le point de retrait est ouvert le samedi, au point de vente habituel.",
            "Der Punkt de la Paix liegt am Punkt it, point com.",
            "Order 113-4567890-1234567 shipped at 14:30 today.",
            "Email us? No: reply to this message. Amazon will email you the label.",
            "@brand on the box is our logo",
            "a@b",
            "user@localhost",
            "version 2.0 at build 5.1",
            "The retina file is icon@2x.png in the zip.",
            "Sent to me@home.Thanks again for waiting.",
            "Pick it up at shelf dot zz, the spelled-out at needs a real domain.",
            "Price 2@5.99 each.",
            "Ci trovi su Instagram come @borracce.verdi.",
            "Follow the studio @linen.and.loom for updates.",
    })
    void staysSilentOnOrdinaryText(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    @Test
    void staysLinearOnHostileInput() {
        String[] inputs = {"a@".repeat(10_000), "a at ".repeat(4_000), "@.".repeat(10_000), "a.".repeat(10_000) + "@x",
                "(at)".repeat(5_000), "a n ".repeat(5_000), "a point ".repeat(2_500), "x punto arroba ".repeat(1_400)};
        for (String input : inputs) {
            rule.check(draft().body(input)); // warm-up
        }
        long started = System.nanoTime();
        for (String input : inputs) {
            rule.check(draft().body(input));
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms for 20,000-character worst cases").isLessThan(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Next time, shop with us directly at lumenloft dot co.",
            "You can find us at example dot com.",
            "The full wiring diagram is on the maker's support page at support dot voltline dot com.",
    })
    void readsAnAtAfterAWordItFollowsAsAPrepositionNotAnAddress(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    /** An address ends at its domain: one that goes on with a path is a web page, whatever word stands before "at". */
    @ParameterizedTest
    @ValueSource(strings = {
            "The diagram is at support dot voltline dot com slash t200, under Installation.",
            "The manual is at anna dot example dot com / manuals.",
    })
    void aSpelledDomainWithAPathIsNoAddress(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    @Test
    void aSpelledAddressWithoutAPathStillIs() {
        assertThat(rule.check(draft().body("Write to anna at voltline dot com, she answers today."))).hasSize(1);
    }
}
