package com.messageguard.detect.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** rules/address.yaml is read as strictly as the core rule files: a mistake names the file, the line and the key. */
class AddressDataTest {

    private static final String FILE = "address.yaml";

    @TempDir
    Path dir;

    @Test
    void theShippedFileLoads() throws IOException {
        AddressData data = read(Files.readString(Path.of("rules", FILE)));

        assertThat(data.streetTypes()).extracting(AddressData.StreetTypeGroup::order)
                .containsAll(AddressData.ORDERS);
        assertThat(data.poBoxes().strong()).contains("po box", "postfach", "boîte postale", "apartado de correos");
        assertThat(data.regionCodes()).contains("OH", "NV", "ON", "NSW");
    }

    @Test
    void anUnknownOrderIsReportedAtItsLine() throws IOException {
        String yaml = Files.readString(Path.of("rules", FILE)).replace("order: numberNameType", "order: numberFirst");
        int line = lineOf(yaml, "order: numberFirst");

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("line " + line + ": streetTypes[0].order: must be one of");
    }

    @Test
    void aBadPostcodeShapeAStrongAndWeakWordAndAnUnknownKeyAreReported() throws IOException {
        String shipped = Files.readString(Path.of("rules", FILE));
        assertThatThrownBy(() -> read(shipped.replace("postcodeShapes: [\"99999\"", "postcodeShapes: [\"9x9\"")))
                .hasMessageContaining("postcodeShapes[0]: must be made of 9 (a digit)");
        assertThatThrownBy(() -> read(shipped.replace("weak: [way,", "weak: [street, way,")))
                .hasMessageContaining("streetTypes[0].weak[0]: 'street' is listed as strong too");
        assertThatThrownBy(() -> read(shipped.replace("particles:", "particle:")))
                .hasMessageContaining("unknown key 'particle'");
        assertThatThrownBy(() -> read(shipped.replace("regionCodes: [AL,", "regionCodes: [al,")))
                .hasMessageContaining("regionCodes[0]: must be one to three capital letters");
    }

    private AddressData read(String yaml) throws IOException {
        Files.writeString(dir.resolve(FILE), yaml);
        return new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").read(FILE, AddressData.class);
    }

    private static int lineOf(String yaml, String text) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the file");
    }
}
