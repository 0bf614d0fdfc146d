package com.messageguard.rules.contact;

import com.messageguard.detect.contact.LinkMatch;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import com.messageguard.text.MatchText;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import java.util.BitSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Moving the conversation off Amazon. Invitations that leave Amazon by themselves ("email us",
 * "give us a call", "text me", "outside Amazon", "our website", "your phone number") are findings
 * as they stand; softer ones ("write to us", "contact us", "schreiben Sie uns") only when the same
 * sentence names a channel: an e-mail address, a link, a messenger, a handle or a phone number.
 * "Reply to this message" stays on Amazon and is never a finding.
 */
@Component
public class OffPlatformRule implements Rule {

    /** The intent of a sentence that moves contact, a payment or a purchase off Amazon. */
    private static final String LEAVING = "off-platform";

    private final Lexicon lexicon;
    private final ContactSignals signals;
    private final IntentClassifier intents;

    public OffPlatformRule(Lexicon lexicon, ContactSignals signals, IntentClassifier intents) {
        this.lexicon = lexicon;
        this.signals = signals;
        this.intents = intents;
        intents.require(LEAVING, LEAVING);
    }

    @Override
    public String id() {
        return "off-platform";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = lexicon.language(draft);
        for (TextField field : draft.textFields()) {
            Lexicon.FieldPhrases phrases = lexicon.phrases(field);
            MatchText text = phrases.text();
            BitSet reported = new BitSet();
            for (PhraseHit hit : phrases.of("offplatform.invite", language)) {
                findings.text(field, text.view(), hit.start(), hit.end(), null, Map.of());
                reported.set(text.sentenceAt(hit.start()));
            }
            for (PhraseHit hit : phrases.of("offplatform.soft", language)) {
                int sentence = text.sentenceAt(hit.start());
                int from = text.view().originalStart(text.sentenceStart(sentence));
                int to = text.view().originalEnd(text.sentenceEnd(sentence));
                if (namesAChannel(field, phrases, language, sentence, from, to)) {
                    findings.text(field, text.view(), hit.start(), hit.end(), null, Map.of());
                    reported.set(sentence);
                }
            }
            // Any other wording of leaving Amazon ("give our workshop a ring", "pay by Zelle"); a
            // reply's subject quotes the buyer ("Re: Can you call me?") and is not the seller's.
            if (draft.isProactive() || field != draft.subject().orElse(null)) {
                for (Span span : intents.of(draft, field).expressing(LEAVING, reported::get)) {
                    findings.text(field, text.view(), span.start(), span.end(), null, Map.of());
                }
            }
        }
    }

    /** Whether original characters {@code [from, to)} (one sentence) name a way to reach the seller. */
    private boolean namesAChannel(TextField field, Lexicon.FieldPhrases phrases, String language, int sentence,
                                  int from, int to) {
        NormalizedText view = signals.view(field);
        for (Span email : signals.emails(field)) {
            if (inside(view.originalStart(email.start()), from, to)) {
                return true;
            }
        }
        for (LinkMatch link : signals.links(field)) {
            if (inside(view.originalStart(link.span().start()), from, to)) {
                return true;
            }
        }
        for (String termClass : new String[] {"social.network", "social.ambiguous"}) {
            for (PhraseHit hit : phrases.of(termClass, language)) {
                if (phrases.text().sentenceAt(hit.start()) == sentence) {
                    return true;
                }
            }
        }
        NormalizedText normalized = field.normalized();
        for (Span handle : Handles.find(normalized.text())) {
            if (inside(normalized.originalStart(handle.start()), from, to)) {
                return true;
            }
        }
        for (Span phone : signals.phones(field)) {
            if (inside(normalized.originalStart(phone.start()), from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(int at, int from, int to) {
        return at >= from && at < to;
    }
}
