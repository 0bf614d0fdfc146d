package com.messageguard.detect.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** rules/phone.yaml is read strictly: a mistake names the file, the line and the problem. */
class PhoneDataTest {

    private static final String FILE = "phone.yaml";

    @TempDir
    Path dir;

    @BeforeEach
    void copyRepositoryFile() throws IOException {
        Files.copy(Path.of("rules", FILE), dir.resolve(FILE));
    }

    private PhoneData load() {
        return new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").read(FILE, PhoneData.class);
    }

    /** The line of the file's first line holding {@code text}, so the tests follow edits of the file. */
    private int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(FILE));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + FILE);
    }

    private void replace(String from, String to) throws IOException {
        Path path = dir.resolve(FILE);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void loadsTheRepositoryFile() {
        PhoneData data = load();

        assertThat(data.regions()).hasSize(20).startsWith("US", "CA").contains("DE", "JP", "CN");
        assertThat(data.context().positive().get("de")).contains("telefon", "handy", "anrufen");
        assertThat(data.context().negative().get("en")).contains("order", "sku", "isbn");
        assertThat(data.context().filler().get("de")).contains("nr", "nummer");
        assertThat(data.numberWords()).containsKeys("en", "de", "fr", "es", "it");
        assertThat(data.numberWords().get("it").digits()).containsEntry("zero", 0).containsEntry("nove", 9);
        assertThat(data.context().positive().get("it")).contains("chiamare", "cellulare", "telefono");
        assertThat(data.context().negative().get("it")).contains("ordine", "fattura", "iva");
        assertThat(data.numberWords().get("de").digits()).containsEntry("null", 0).containsEntry("fünf", 5);
        assertThat(data.allNumberWords()).containsEntry("double", "m2").containsEntry("fifty", "t50");
    }

    @Test
    void rejectsAnUnknownRegionAtItsLine() throws IOException {
        replace("regions: [US, CA,", "regions: [US, XX,");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("phone.yaml: line " + lineOf("regions:") + ": regions[1]: 'XX' is not a region code libphonenumber knows");
    }

    @Test
    void rejectsAnUnknownKey() throws IOException {
        replace("  positive:", "  positve:");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("phone.yaml")
                .hasMessageContaining("line " + lineOf("positve:"))
                .hasMessageContaining("unknown key 'positve'");
    }

    @Test
    void rejectsAContextEntryThatIsNotOneWord() throws IOException {
        replace("en: [call, calling,", "en: [call us, calling,");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("phone.yaml: line " + lineOf("[call us,") + ": context.positive.en[0]: must be one word of letters, was 'call us'");
    }

    @Test
    void rejectsATenJoinerThatIsNotOneWord() throws IOException {
        replace("tenJoiners: [et]", "tenJoiners: [et un]");
        assertThatThrownBy(this::load)
                .hasMessageContaining("phone.yaml: line " + lineOf("tenJoiners: [et un]"))
                .hasMessageContaining("tenJoiners[0]: must be one word of letters, was 'et un'");
    }

    @Test
    void rejectsAWordThatIsPositiveAndNegative() throws IOException {
        replace("en: [order, orders,", "en: [order, call,");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("phone.yaml: line " + lineOf("negative:") + ": context.negative: lists words that are positive too: [call]");
    }

    @Test
    void rejectsAFillerThatIsNegativeToo() throws IOException {
        replace("en: [number, no,", "en: [number, order,");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("phone.yaml: line " + lineOf("filler:") + ": context.filler: lists words that are negative too: [order]");
    }

    @Test
    void rejectsADigitOutOfRange() throws IOException {
        replace("one: 1, two: 2,", "one: 11, two: 2,");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("phone.yaml: line " + lineOf("one: 11,") + ": numberWords.en.digits.one: must be a number from 0 to 9, was 11");
    }

    @Test
    void rejectsANumberWordThatMeansTwoThings() throws IOException {
        replace("{cero: 0, uno: 1,", "{cero: 0, six: 1, uno: 1,");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("phone.yaml: line " + (lineOf("{cero: 0,") - 1) + ": numberWords.es: 'six' is the digit 1 here but the digit 6 in numberWords.en");
    }

    @Test
    void rejectsAMissingList() throws IOException {
        String text = Files.readString(dir.resolve(FILE));
        Files.writeString(dir.resolve(FILE), text.substring(0, text.indexOf("# A number followed by one of these")));

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("phone.yaml: units: is required");
    }
}
