package com.messageguard.rules.contact;

import com.messageguard.testing.TestIntents;
import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SocialMediaRuleTest {

    static final Lexicon LEXICON = TestIntents.lexicon();

    private final RuleHarness rule = new RuleHarness(new SocialMediaRule(LEXICON));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "For faster help, chat with us on WhatsApp: +44 7700 900123.|WhatsApp",
            "Add me on WeChat (ID: homeglow_88) for the video.|WeChat",
            "Follow us on Instagram for styling ideas.|Instagram",
            "Search for it on Facebook and look under Videos.|Facebook",
            "Our TikTok has the setup video.|TikTok",
            "Watch the tutorial on our YouTube channel.|YouTube",
            "Add me on LINE, my ID is brand_jp.|LINE",
            "Message me on Signal for the code.|Signal",
            "IG @cozyhome_official has more pictures.|@cozyhome_official",
            "Schreiben Sie uns auf Telegram, dann helfen wir.|Telegram",
            "Escríbanos por WhatsApp y le ayudamos.|WhatsApp",
            "Retrouvez-nous sur Instagram.|Instagram",
            "Ci segua su Instagram per altre idee di arredo.|Instagram",
            "Ci aggiunga su LINE, il nostro ID è casaverde_it.|LINE",
            "Follow us on 𝐈𝐧𝐬𝐭𝐚𝐠𝐫𝐚𝐦 today.|𝐈𝐧𝐬𝐭𝐚𝐠𝐫𝐚𝐦",
            "Find us on Face\u200Bbook.|Face\u200Bbook",
            "Our technician answers faster on T e l e g r a m, search for vintagewatchfix there.|T e l e g r a m",
            "The clip is on our channel, @tinyforge_tools.|@tinyforge_tools",
            "Say hi to @tinyforge.|@tinyforge",
    })
    void findsNetworksMessengersAndHandles(String body, String excerpt) {
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).as(body).isNotEmpty().allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo("social-media");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(body.substring(v.start(), v.end())).isEqualTo(v.excerpt());
        });
        assertThat(violations).extracting(Violation::excerpt).contains(excerpt);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please read the first line of the label.",
            "The signal light turns green when the unit is charged.",
            "Your order ships with the X-shaped bracket, size X.",
            "We sent a messenger bag by mistake; a replacement is on its way.",
            "Write to anna@example.com",
            "3 @ $4 each, and reply to this message with questions.",
            "Pay 2 @ 3.50 each, or reply @.",
            "Cotton threads may loosen after the first wash.",
            "Il segnale del telecomando arriva fino a 10 metri; la linea rossa indica il livello massimo.",
            "Taglia X esaurita, la M arriva lunedì.",
    })
    void staysSilentOnOrdinaryWords(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }
}
