package com.messageguard.rules.contact;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe and opt-out wording ("unsubscribe", "to stop receiving these emails", "abmelden"):
 * buyers manage message preferences in their Amazon account, not through the seller.
 */
@Component
public class OptOutLinkRule implements Rule {

    private final Lexicon lexicon;

    public OptOutLinkRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "opt-out-link";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = lexicon.language(draft);
        for (TextField field : draft.textFields()) {
            Lexicon.FieldPhrases phrases = lexicon.phrases(field);
            for (PhraseHit hit : phrases.of("optout.phrase", language)) {
                findings.text(field, phrases.text().view(), hit.start(), hit.end(), null, Map.of());
            }
        }
    }
}
