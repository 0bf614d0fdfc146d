package com.messageguard.rules.purpose;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Profanity, insults, threats, violent and adult language, from the {@code offensive.*} classes of
 * every language pack (an insult is one in any language, and sellers swear in English in German
 * messages too). Phrases match whole words only, so "class", "assistant", "Dickens", "shell" or
 * "hello" never match, and violent phrases name a person ("kill you"), so "kill switch" and "dead
 * battery" stay clean; phrases of {@code offensive.neutral} of the draft's language (where its pack
 * defines it) cancel a hit they overlap. One finding per phrase (overlapping ones merged); {@code {kind}} says which kind
 * of language it is and {@code {phrase}} quotes it.
 */
@Component
public class OffensiveLanguageRule implements Rule {

    static final String ID = "offensive-language";

    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("offensive.threat", "a threat");
        KINDS.put("offensive.violence", "violent language");
        KINDS.put("offensive.insult", "an insult");
        KINDS.put("offensive.profanity", "profanity");
        KINDS.put("offensive.adult", "adult content");
    }

    private final Lexicon lexicon;
    private final IntentClassifier intents;

    public OffensiveLanguageRule(Lexicon lexicon, IntentClassifier intents) {
        this.lexicon = lexicon;
        this.intents = intents;
        intents.require(ID, "threat");
        PurposeClasses.require(lexicon, ID, List.copyOf(KINDS.keySet()));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.wordingFields()) {
            FieldText text = FieldText.of(lexicon, field, null);
            // Words of the draft's own language that another pack would take for an insult ("retard" is
            // a delay in French); an English insult in an English draft stays one.
            List<PhraseHit> neutral = FieldText.of(lexicon, field, lexicon.language(draft)).hits("offensive.neutral");
            Spans found = new Spans(text, 0);
            KINDS.forEach((termClass, kind) -> {
                for (PhraseHit hit : text.hits(termClass)) {
                    if (!FieldText.overlapsAny(hit, neutral)) {
                        found.add(hit.start(), hit.end(), kind);
                    }
                }
            });
            found.addIntent(intents.of(draft, field), "threat", "a threat or intimidation");
            found.report(findings);
        }
    }
}
