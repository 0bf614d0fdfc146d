package com.messageguard.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.rules.contact.ContactSignals;
import com.messageguard.testing.TestRules;
import com.messageguard.text.Confusables;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contact view is built only where its trigger fires; every way of writing an address that it undoes fires it. */
class ContactViewTriggerTest {

    private static final ContactData DATA = TestRules.ruleSet().data(ContactSignals.FILE, ContactData.class);
    private static final ContactView VIEW = new ContactView(DATA);
    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables(),
            ContactSignals.triggerWords(TestRules.ruleSet()));

    @ParameterizedTest
    @ValueSource(strings = {"john at gmail dot com", "JOHN AT GMAIL DOT COM", "anna [at] example [dot] com",
            "anna(at)example(dot)com", "anna {at} example <dot> com", "compta point maison arobase gmail point com",
            "tienda punto com", "shop dot com slash app", "anna @ gmail . com", "visit example .com",
            "a n n a @ g m a i l . c o m", "e x a m p l e", "john ａｔ gmail ｄｏｔ com", "john аt gmаil dоt cоm",
            "mail chiocciola libero punto it", "anna(chiocciola)libero(punto)it", "anna(@)example(.)com", "shop[.]com[/]app"})
    void everyWrittenSeparatorFiresTheTriggerAndTheViewUndoesIt(String original) {
        NormalizedText text = NORMALIZER.normalize(original);
        assertThat(VIEW.trigger().firesOn(text.triggers())).isTrue();
        assertThat(VIEW.of(text).text()).isNotEqualTo(text.text());
    }

    @Test
    void aPlainSentenceSkipsTheView() {
        NormalizedText text = NORMALIZER.normalize("Thanks for your order, it ships today (by noon)! Enjoy: a gift inside");
        assertThat(VIEW.trigger().firesOn(text.triggers())).isFalse();
        assertThat(VIEW.of(text)).isSameAs(text);
        // Over-approximations: a word of a form, or all the characters of "(.)" apart.
        assertThat(VIEW.trigger().firesOn(NORMALIZER.normalize("It fits, at least I think so").triggers())).isTrue();
        assertThat(VIEW.trigger().firesOn(NORMALIZER.normalize("It fits (I think so).").triggers())).isTrue();
    }

    @Test
    void theTriggerWordsAreTheWordsOfTheBareForms() {
        assertThat(ContactView.triggerWords(DATA)).contains("at", "dot", "point", "punkt", "slash", "barre", "oblique")
                .doesNotContain("(at)", "[dot]", "(.)");
    }
}
