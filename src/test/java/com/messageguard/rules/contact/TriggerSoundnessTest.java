package com.messageguard.rules.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.detect.address.AddressData;
import com.messageguard.detect.address.AddressDetector;
import com.messageguard.detect.contact.ContactData;
import com.messageguard.detect.contact.ContactView;
import com.messageguard.detect.emoji.EmojiData;
import com.messageguard.detect.emoji.EmojiDetector;
import com.messageguard.detect.emoji.SpecialFontDetector;
import com.messageguard.detect.phone.PhoneData;
import com.messageguard.detect.phone.PhoneDetector;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.testing.TestRules;
import com.messageguard.text.Confusables;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.TextNormalizer;
import com.messageguard.text.TextTriggers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every detector gated by a trigger finds nothing on a field where its trigger is silent: checked on
 * every subject and body of the corpora and on hand-written obfuscations, against the detector run
 * without its gate.
 */
class TriggerSoundnessTest {

    private static final RuleSet RULES = TestRules.ruleSet();
    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables(), ContactSignals.triggerWords(RULES));
    private static final PhoneDetector PHONES = new PhoneDetector(RULES.data(ContactSignals.PHONE_FILE, PhoneData.class));
    private static final AddressDetector ADDRESSES = new AddressDetector(RULES.data(MailingAddressRule.FILE, AddressData.class));
    private static final ContactView VIEW = new ContactView(RULES.data(ContactSignals.FILE, ContactData.class));
    private static final EmojiDetector EMOJI = new EmojiDetector(RULES.data("emoji.yaml", EmojiData.class));
    private static final SpecialFontDetector FONTS = new SpecialFontDetector();

    private static final List<String> HARD = List.of(
            "call five five five one two three four five six seven", "ruf null eins sieben eins zwei drei vier fünf",
            "FIVE FIVE FIVE, ONE TWO THREE, FOUR FIVE SIX SEVEN", "ｆｉｖｅ ｆｉｖｅ ｆｉｖｅ ｏｎｅ ｔｗｏ ｔｈｒｅｅ ｆｏｕｒ",
            "𝐟𝐢𝐯𝐞 𝐟𝐢𝐯𝐞 𝐟𝐢𝐯𝐞 𝐨𝐧𝐞 𝐭𝐰𝐨 𝐭𝐡𝐫𝐞𝐞 𝐟𝐨𝐮𝐫", "fi\u200Bve five five one two three four", "double five five one two three four",
            "Call O77OO 9OO461", "tel ５５５ １２３ ４５６７", "ring 555\u200B123\u200B4567",
            "john at gmail dot com", "JOHN AT GMAIL DOT COM", "john.miller at gmail", "anna [at] example [dot] com",
            "anna(at)example(dot)com", "anna {at} example <dot> com", "compta point maison arobase gmail point com",
            "tienda punto com", "atelier-mireille point fr", "shop dot com slash app", "anna @ gmail . com", "example .com",
            "a n n a @ g m a i l . c o m", "w w w e x a m p l e c o m", "john ａｔ gmail ｄｏｔ com", "john ａｔ gmail.com",
            "john аt gmаil dоt cоm", "mail chiocciola libero punto it", "werkstatt ät example punkt de", "barre oblique",
            "Send it to １２ Baker Street", "١٢ Baker Street", "Wow :o", "Great XD", "Très bien :)", "𝐒𝐀𝐋𝐄", "u\u0332n\u0332",
            "Info \u2139\uFE0F", "1\uFE0F\u20E3", "\uD83C\uDDE9\uD83C\uDDEA");

    @Test
    void aSilentTriggerMeansTheDetectorWouldFindNothing() throws IOException {
        List<String> fields = new ArrayList<>(HARD);
        fields.addAll(corpusFields());
        int skipped = 0;
        for (String original : fields) {
            NormalizedText text = NORMALIZER.normalize(original);
            TextTriggers triggers = text.triggers();
            assertThat(PHONES.find(text)).as("phones in %s", original).isEqualTo(PHONES.find(text.text()));
            assertThat(ADDRESSES.find(text)).as("addresses in %s", original).isEqualTo(ADDRESSES.find(text.text()));
            if (!VIEW.trigger().firesOn(triggers)) {
                skipped++;
                assertThat(VIEW.of(text).text()).as("contact view of %s", original).isEqualTo(text.text());
            }
            if (!EMOJI.emoticonTrigger().firesOn(triggers)) {
                assertThat(EMOJI.emoticons(original)).as("emoticons in %s", original).isEmpty();
            }
            if (!EmojiDetector.EMOJI.firesOn(triggers)) {
                assertThat(EMOJI.emoji(original)).as("emoji in %s", original).isEmpty();
            }
            if (!SpecialFontDetector.TRIGGER.firesOn(triggers)) {
                assertThat(FONTS.find(original)).as("special fonts in %s", original).isEmpty();
            }
        }
        assertThat(skipped).as("fields whose contact view is skipped").isPositive();
    }

    private static List<String> corpusFields() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> fields = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode request = json.readTree(line).get("request");
                    for (String name : List.of("subject", "body")) {
                        if (request.hasNonNull(name)) {
                            fields.add(request.get(name).asString());
                        }
                    }
                }
            }
        }
        return fields;
    }
}
