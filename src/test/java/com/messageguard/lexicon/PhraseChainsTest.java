package com.messageguard.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Corpus;
import com.messageguard.testing.TestRules;
import com.messageguard.text.MatchText;
import com.messageguard.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The phrase trie with its chains of single-child nodes packed into chain records finds exactly
 * what the trie with a record per node finds: every hit of every key, and the stopwords.
 */
class PhraseChainsTest {

    private static final List<LanguagePack> PACKS = Lexicon.packs(TestRules.ruleSet());
    private static final PhraseMatcher CHAINED = new PhraseMatcher(PACKS, true);
    private static final PhraseMatcher NODE_PER_CHARACTER = new PhraseMatcher(PACKS, false);

    @Test
    void chainsTakeAThirdOffTheTrie() {
        // 179,346 ints against 294,268 when this was written.
        assertThat(CHAINED.trieSize()).isLessThan(NODE_PER_CHARACTER.trieSize() * 2 / 3);
    }

    @Test
    void bothLayoutsFindTheSameInTheCorpus() {
        int texts = 0;
        for (String file : List.of(Corpus.CASES, Corpus.GENERALIZATION)) {
            for (JsonNode c : Corpus.cases(file)) {
                JsonNode request = c.get("request");
                for (String field : List.of("subject", "body")) {
                    if (request.hasNonNull(field)) {
                        assertSameHits(request.get(field).asText());
                        texts++;
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(300);
    }

    /** Phrases run together, cut short, typed without accents: walks that end inside a chain and right after one. */
    @Test
    void bothLayoutsFindTheSameInPhrasesRunTogetherAndCutShort() {
        List<String> phrases = new ArrayList<>();
        for (LanguagePack pack : PACKS) {
            phrases.addAll(pack.stopwords());
            pack.classes().values().forEach(phrases::addAll);
        }
        Random random = new Random(14);
        String[] joints = {" ", " ", ". ", ", ", "-", "", "'"};
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                String phrase = phrases.get(random.nextInt(phrases.size())).replace("*", "");
                if (random.nextInt(3) == 0) {
                    phrase = phrase.substring(0, random.nextInt(phrase.length() + 1));
                }
                if (random.nextInt(4) == 0) {
                    phrase = PhraseMatcher.withoutAccents(phrase);
                }
                text.append(phrase).append(joints[random.nextInt(joints.length)]);
            }
            assertSameHits(text.toString());
        }
    }

    private static void assertSameHits(String text) {
        MatchText match = MatchText.of(NormalizedText.identity(text));
        PhraseMatcher.Matches chained = CHAINED.find(match);
        PhraseMatcher.Matches perCharacter = NODE_PER_CHARACTER.find(match);
        for (int key = 0; key < CHAINED.keyCount(); key++) {
            assertThat(chained.of(key)).as("key %d in \"%s\"", key, text).isEqualTo(perCharacter.of(key));
        }
        for (int language = 0; language < PACKS.size(); language++) {
            assertThat(chained.stopwords(language)).as("stopwords in \"%s\"", text)
                    .isEqualTo(perCharacter.stopwords(language));
        }
    }
}
