package com.messageguard.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.testing.RulesFolder;
import com.messageguard.testing.TestRules;
import com.messageguard.text.MatchText;
import com.messageguard.text.NormalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The off-platform lists of contact.yaml are checked at start-up, and matched on whole words. */
class ContactDataTest {

    @TempDir
    Path dir;

    private void loadWith(String from, String to) throws IOException {
        RulesFolder.copyTo(dir);
        Path contact = dir.resolve("contact.yaml");
        String text = Files.readString(contact);
        assertThat(text).contains(from);
        Files.writeString(contact, text.replace(from, to));
        new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").load().data("contact.yaml", ContactData.class);
    }

    @Test
    void theRepositoryListsLoad() {
        ContactData data = TestRules.ruleSet().data("contact.yaml", ContactData.class);

        assertThat(data.reachCues()).contains("ring", "send", "anrufen", "chiam*");
        assertThat(data.offPlatformPayments()).contains("venmo", "bank transfer", "bonifico");
        assertThat(data.replyPrefixes()).contains("re", "aw");
    }

    @Test
    void aPhraseListedTwiceNamesBothPlaces() {
        assertThatThrownBy(() -> loadWith("[call, calls,", "[call, calls, Call,"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageStartingWith("contact.yaml: line ")
                .hasMessageContaining("reachCues[2]: 'Call' is listed twice (as reachCues[0] too)");
    }

    @Test
    void aPhraseWithoutAWordIsRejected() {
        assertThatThrownBy(() -> loadWith("[call, calls,", "[call, \"&&\", calls,"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("reachCues[1]: must hold a word, was '&&'");
    }

    @Test
    void aReplyPrefixIsOneWord() {
        assertThatThrownBy(() -> loadWith("replyPrefixes: [re,", "replyPrefixes: [\"re:\","))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("replyPrefixes[0]: must be one word of letters");
    }

    @Test
    void theListsAreRequired() {
        assertThatThrownBy(() -> loadWith("replyPrefixes: [", "# replyPrefixes: ["))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("replyPrefixes: is required");
    }

    @Test
    void phrasesMatchWholeWordsLongestFirstWithinOneSentence() {
        WordPhrases phrases = new WordPhrases(List.of("paypal", "PayPal Friends and Family", "bank transfer", "E-Mail"));

        assertThat(hits(phrases, "Use PayPal friends and family, or PayPal.")).containsExactly("paypal friends and family", "paypal");
        assertThat(hits(phrases, "a bank-transfer or a bank transfer")).containsExactly("bank transfer");
        assertThat(hits(phrases, "the bank. Transfer later; banktransfers; paypals")).isEmpty();
        assertThat(hits(phrases, "per e-mail or email")).containsExactly("email", "email");
    }

    @Test
    void aStemMatchesEveryWordItBegins() {
        WordPhrases phrases = new WordPhrases(List.of("escríb*", "mánd*", "drop a line"));

        assertThat(hits(phrases, "Escríbanos o escríbenos; mándanos las fotos, mándenoslas.")).containsExactly(
                "escríbanos", "escríbenos", "mándanos", "mándenoslas");
        assertThat(hits(phrases, "escri escrib mand mandatory; drop a line")).containsExactly("drop a line");
    }

    @Test
    void aStemIsOneWordOfFourLettersAtLeast() {
        assertThatThrownBy(() -> loadWith("[call, calls,", "[call, \"ca*\", calls,"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("reachCues[1]: a stem ending in '*' must be one word of at least 4 letters, was 'ca*'");
        assertThatThrownBy(() -> loadWith("[call, calls,", "[call, \"call us*\", calls,"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("reachCues[1]: a stem ending in '*' must be one word");
    }

    private static List<String> hits(WordPhrases phrases, String text) {
        MatchText match = MatchText.of(NormalizedText.identity(text));
        return phrases.find(match).stream()
                .map(h -> match.text().substring(match.wordStart(h.first()), match.wordEnd(h.last())))
                .toList();
    }
}
