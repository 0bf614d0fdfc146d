package com.messageguard.rules.contact;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import com.messageguard.text.MatchText;
import com.messageguard.text.Span;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Social networks and messengers: a network's name (WhatsApp, WeChat, Instagram, ...) anywhere;
 * a name that is also a common word (LINE, Signal, X, Messenger) only with a pointer in the same
 * sentence ("add me on", "ID", "follow us"); and {@code @handle} pointers.
 */
@Component
public class SocialMediaRule implements Rule {

    private static final int POINTER_DISTANCE_WORDS = 4;

    private final Lexicon lexicon;

    public SocialMediaRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "social-media";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = lexicon.language(draft);
        for (TextField field : draft.textFields()) {
            Lexicon.FieldPhrases phrases = lexicon.phrases(field);
            MatchText text = phrases.text();
            for (PhraseHit hit : phrases.of("social.network", language)) {
                findings.text(field, text.view(), hit.start(), hit.end(), null, Map.of());
            }
            List<PhraseHit> pointers = phrases.of("social.pointer", language);
            for (PhraseHit hit : phrases.of("social.ambiguous", language)) {
                if (hasPointerNear(text, hit, pointers)) {
                    findings.text(field, text.view(), hit.start(), hit.end(), null, Map.of());
                }
            }
            for (Span handle : Handles.find(field.text())) {
                findings.text(field, handle.start(), handle.end());
            }
        }
    }

    /** A pointer ("add me on", "ID", "follow us") in the name's sentence, a few words from it. */
    static boolean hasPointerNear(MatchText text, PhraseHit name, List<PhraseHit> pointers) {
        int sentence = text.sentenceAt(name.start());
        int word = text.wordAt(name.start());
        for (PhraseHit pointer : pointers) {
            if (text.sentenceAt(pointer.start()) == sentence
                    && Math.abs(text.wordAt(pointer.start()) - word) <= POINTER_DISTANCE_WORDS) {
                return true;
            }
        }
        return false;
    }
}
