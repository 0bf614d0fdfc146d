package com.messageguard.detect.emoji;

import com.messageguard.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.TestRules;
import com.messageguard.text.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The detectors against the labelled corpus (corpus/README.md): every case that expects
 * {@code emoji} or {@code special-font} gets a finding from the detector, and no case that neither
 * expects nor may flag {@code emoji} gets an emoji (BLOCK) from it. Emoticons (WARN) and
 * special-font findings (WARN) on other cases are tolerated by the corpus rules but would be false
 * alarms here, so they must be zero too; the test prints every finding it saw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmojiCorpusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EmojiDetector emoji = new EmojiDetector(TestRules.ruleSet().data("emoji.yaml", EmojiData.class));
    private final SpecialFontDetector fonts = new SpecialFontDetector();

    private List<JsonNode> cases;

    @BeforeAll
    void loadCorpus() throws IOException {
        cases = Corpus.cases();
    }

    @Test
    void everyCaseExpectingEmojiGetsOneAndNoOtherCaseGetsAnEmoji() {
        List<String> missed = new ArrayList<>();
        List<String> unexpectedEmoji = new ArrayList<>();
        List<String> unexpectedEmoticons = new ArrayList<>();
        int expecting = 0;
        for (JsonNode c : cases) {
            String id = c.get("id").asString();
            Set<String> expect = Corpus.labels(c.get("expect"));
            Set<String> allowed = new HashSet<>(expect);
            allowed.addAll(Corpus.labels(c.get("mayAlsoFlag")));
            List<String> emojiFound = new ArrayList<>();
            List<String> emoticonsFound = new ArrayList<>();
            for (String text : texts(c)) {
                emoji.emoji(text).forEach(s -> emojiFound.add(excerpt(text, s)));
                emoji.emoticons(text).forEach(s -> emoticonsFound.add(excerpt(text, s)));
            }
            if (expect.contains("emoji")) {
                expecting++;
                if (emojiFound.isEmpty() && emoticonsFound.isEmpty()) {
                    missed.add(id);
                }
                System.out.printf("corpus %s expects emoji: emoji %s emoticons %s%n", id, emojiFound, emoticonsFound);
            } else {
                if (!emojiFound.isEmpty()) {
                    unexpectedEmoji.add(id + (allowed.contains("emoji") ? " (mayAlsoFlag) " : " ") + emojiFound);
                }
                if (!emoticonsFound.isEmpty()) {
                    unexpectedEmoticons.add(id + " " + emoticonsFound);
                }
            }
        }
        System.out.printf("corpus emoji: %d cases, %d expect emoji, missed %s, unexpected emoji %s, unexpected emoticons %s%n",
                cases.size(), expecting, missed, unexpectedEmoji, unexpectedEmoticons);
        assertThat(expecting).isGreaterThanOrEqualTo(7);
        assertThat(missed).as("cases expecting emoji without a finding").isEmpty();
        assertThat(unexpectedEmoji).as("emoji (BLOCK) found in cases not labelled with emoji").isEmpty();
        assertThat(unexpectedEmoticons).as("emoticons (WARN) found in cases not labelled with emoji").isEmpty();
    }

    @Test
    void everyCaseExpectingSpecialFontGetsOneAndNoOtherCaseGetsOne() {
        List<String> missed = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        int expecting = 0;
        for (JsonNode c : cases) {
            String id = c.get("id").asString();
            List<String> found = new ArrayList<>();
            for (String text : texts(c)) {
                fonts.find(text).forEach(s -> found.add(excerpt(text, s)));
            }
            if (Corpus.labels(c.get("expect")).contains("special-font")) {
                expecting++;
                if (found.isEmpty()) {
                    missed.add(id);
                }
                System.out.printf("corpus %s expects special-font: %s%n", id, found);
            } else if (!found.isEmpty()) {
                unexpected.add(id + " " + found);
            }
        }
        System.out.printf("corpus special-font: %d cases, %d expect it, missed %s, unexpected %s%n",
                cases.size(), expecting, missed, unexpected);
        assertThat(expecting).isGreaterThanOrEqualTo(5);
        assertThat(missed).as("cases expecting special-font without a finding").isEmpty();
        assertThat(unexpected).as("special-font (WARN) found in cases not labelled with it").isEmpty();
    }

    private static String excerpt(String text, Span span) {
        return text.substring(span.start(), span.end());
    }

    private static List<String> texts(JsonNode c) {
        List<String> texts = new ArrayList<>(2);
        JsonNode request = c.get("request");
        for (String field : new String[] {"subject", "body"}) {
            JsonNode value = request.get(field);
            if (value != null && value.isString()) {
                texts.add(value.asString());
            }
        }
        return texts;
    }
}

