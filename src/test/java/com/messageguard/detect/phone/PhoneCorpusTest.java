package com.messageguard.detect.phone;

import com.messageguard.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The detector over every case of the labelled corpus (corpus/README.md): a phone number in every
 * case that expects {@code phone-number}, and none in a case whose {@code expect} and
 * {@code mayAlsoFlag} lack it, the compliant ones full of order ids, ASINs, dates, prices and sizes
 * included.
 */
class PhoneCorpusTest {

    private static final String RULE = "phone-number";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void findsThePhoneNumbersOfTheCorpusAndNothingElse() throws IOException {
        List<JsonNode> cases = Corpus.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(191);
        List<String> missed = new ArrayList<>();
        List<String> falseHits = new ArrayList<>();
        int expected = 0;
        int found = 0;
        int compliant = 0;
        for (JsonNode c : cases) {
            JsonNode request = c.get("request");
            List<String> hits = new ArrayList<>();
            for (String field : new String[] {"subject", "body"}) {
                JsonNode text = request.get(field);
                if (text != null && text.isString()) {
                    hits.addAll(PhoneDetectorTest.found(text.asString()));
                }
            }
            String id = c.get("id").asString();
            if (contains(c.get("expect"), RULE)) {
                expected++;
                if (hits.isEmpty()) {
                    missed.add(id);
                } else {
                    found++;
                }
            } else if (!contains(c.get("mayAlsoFlag"), RULE) && !hits.isEmpty()) {
                falseHits.add(id + " " + hits);
            }
            if (c.get("expect").isEmpty()) {
                compliant++;
            }
        }
        System.out.printf("%nPhone corpus: %d cases (%d compliant); phone cases found %d of %d, missed %s; false hits %s%n",
                cases.size(), compliant, found, expected, missed, falseHits);

        assertThat(expected).isGreaterThanOrEqualTo(6);
        assertThat(missed).as("cases expecting phone-number without a finding").isEmpty();
        assertThat(falseHits).as("cases not labelled phone-number with a finding").isEmpty();
    }

    private static boolean contains(JsonNode array, String value) {
        if (array == null) {
            return false;
        }
        for (JsonNode n : array) {
            if (value.equals(n.asString())) {
                return true;
            }
        }
        return false;
    }
}

