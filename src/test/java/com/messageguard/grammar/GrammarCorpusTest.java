package com.messageguard.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Violation;
import com.messageguard.testing.Corpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Noise, measured: every compliant message of both corpora proofread. Three of them were written
 * with mistakes on purpose ({@code mayAlsoFlag: spelling-grammar}) and must get findings; on the
 * others a finding is noise unless a careful proofreader would raise it too. The figure is a
 * ratchet: lower it as the filter improves, never raise it.
 */
class GrammarCorpusTest {

    /**
     * Findings on compliant messages written without mistakes, as measured (listed in the output):
     * 154 LanguageTool matches as it comes (no grammar.yaml, no filter), 6 now. "table top" (a proofreader might well
     * suggest "tabletop"), two words LanguageTool's dictionaries lack ("kneeler", Italian
     * "portaspezie" in a subject and a body) and two of its grammar rules misreading "on its own"
     * and "waiting for a restock".
     */
    static final int NOISE = 6;

    @Test
    void compliantMessagesGetFindingsOnlyWhereAProofreaderWouldRaiseThem() {
        List<String> noise = new ArrayList<>();
        List<String> misspelled = new ArrayList<>();
        int messages = 0;
        int expected = 0;
        for (String file : List.of(Corpus.CASES, Corpus.GENERALIZATION)) {
            for (JsonNode c : Corpus.cases(file)) {
                if (!Corpus.labels(c.get("expect")).isEmpty()) {
                    continue;
                }
                messages++;
                boolean written = Corpus.labels(c.get("mayAlsoFlag")).contains(GrammarChecker.RULE_ID);
                List<Violation> found = GrammarFixture.grammar(Corpus.draft(c));
                if (written) {
                    assertThat(found).as("findings on %s, written with mistakes", c.get("id").asString()).isNotEmpty();
                    misspelled.add(c.get("id").asString());
                    expected += found.size();
                }
                for (Violation v : found) {
                    String line = c.get("id").asString() + " " + v.field() + " " + v.start() + "-" + v.end() + " \""
                            + v.excerpt() + "\" [" + v.detail() + "] " + v.message() + " / " + v.suggestion();
                    if (!written) {
                        noise.add(line);
                    }
                    System.out.println((written ? "  expected " : "  NOISE ") + line);
                }
            }
        }
        System.out.printf("spelling-grammar on %d compliant messages: %d findings on the %d written with mistakes %s, "
                + "%d on the others%n", messages, expected, misspelled.size(), misspelled, noise.size());
        assertThat(messages).isGreaterThanOrEqualTo(146);
        assertThat(misspelled).hasSize(3);
        assertThat(noise).as("findings on compliant messages written without mistakes").hasSizeLessThanOrEqualTo(NOISE);
    }
}
