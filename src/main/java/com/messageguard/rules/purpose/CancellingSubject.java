package com.messageguard.rules.purpose;

import com.messageguard.engine.Draft;
import com.messageguard.lexicon.Lexicon;

/**
 * Whether a reply's subject, the buyer's own words, names a cancellation ("Re: Please cancel my
 * order"): the conversation is about one although the seller's text need not say so.
 */
final class CancellingSubject {

    private CancellingSubject() {
    }

    static boolean of(Lexicon lexicon, Draft draft, String language) {
        return !draft.isProactive() && draft.subject().map(subject -> {
            FieldText text = FieldText.of(lexicon, subject, language);
            return !text.hits("cancellation.verb").isEmpty() || !text.hits("cancellation.topic").isEmpty();
        }).orElse(false);
    }
}
