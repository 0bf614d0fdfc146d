package com.messageguard.rules.purpose;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.intent.FieldIntents;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Asking the buyer to cancel the order or to request a cancellation. A cancel verb
 * ({@code cancellation.verb}: "cancel", "request a cancellation", "stornieren", "annuler",
 * "d'annuler", "cancelar") is a request when
 * <ul>
 * <li>a request cue stands before it in the sentence, at most {@value #CUE_WINDOW} words away and
 * with no first-person word between ("please", "could you", "merci", "bitte", "por favor",
 * {@code cancellation.cue}; "please note that we cancel" is the seller's own act), or</li>
 * <li>it opens the sentence or a clause, as an imperative does ("If you have no street address,
 * request a cancellation."), or it is an imperative form of its own
 * ({@code cancellation.imperative}, optional per language: "annulez la commande", "cancele el
 * pedido") not right after a second-person subject ("si vous annulez", {@code purpose.you}), or</li>
 * <li>the buyer's side follows it ("cancel the order from your side", {@code cancellation.yourside}).</li>
 * </ul>
 * It is no request when negated ("please do not cancel"), when the buyer is only told they may
 * ("you can cancel the order in Your Orders", {@code cancellation.permission}), when it is quoted
 * (reply "cancel") but not as the button a click word names (choose 'Request cancellation',
 * {@code cancellation.button}), or when its object is something else ("cancel the return request",
 * {@code cancellation.other}). The seller cancelling ("we have cancelled your order") has no
 * cue and no imperative. The finding spans from the cue to the verb or to the buyer's side.
 */
@Component
public class CancellationRequestRule implements Rule {

    static final String ID = "cancellation-request";

    /** Words between a request cue and the verb ("could you please cancel", "bitte die Bestellung ... stornieren"). */
    static final int CUE_WINDOW = 6;
    private static final int NEGATION_WINDOW = 4;
    private static final int PERMISSION_WINDOW = 3;
    private static final int YOURSIDE_WINDOW = 6;
    /** Words between a click word and the quoted button it names ("choose the 'Request cancellation'"). */
    private static final int BUTTON_WINDOW = 2;
    /** Words after the verb in which another object ("the return request") is looked for. */
    private static final int OBJECT_WINDOW = 2;
    /** The classifier's probability that counts in a reply, where instructions may answer the buyer. */
    private static final double SURE_IN_REPLY = 0.97;
    private static final String QUOTES = "\"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB\u201A";

    private final Lexicon lexicon;
    private final IntentClassifier intents;

    public CancellationRequestRule(Lexicon lexicon, IntentClassifier intents) {
        this.lexicon = lexicon;
        this.intents = intents;
        intents.require(ID, ID);
        PurposeClasses.require(lexicon, ID, List.of("cancellation.verb", "cancellation.topic", "cancellation.cue", "cancellation.yourside", "cancellation.why",
                "cancellation.permission", "cancellation.other", Lexicon.NEGATION, Lexicon.ENCOURAGE, "purpose.self", "purpose.you"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = lexicon.language(draft);
        boolean buyerAskedAboutCancelling = CancellingSubject.of(lexicon, draft, language);
        for (TextField field : draft.wordingFields()) {
            FieldText text = FieldText.of(lexicon, field, language);
            Spans found = new Spans(text, 0);
            // Sentences whose cancel verb the lists rule out (a mention, another object, permission,
            // a negation): the intent layer does not overrule them.
            BitSet ruledOut = new BitSet();
            List<PhraseHit> imperatives = text.hits("cancellation.imperative");
            List<PhraseHit> verbs = new ArrayList<>(text.hits("cancellation.verb"));
            verbs.addAll(imperatives);
            verbs.sort(Comparator.comparingInt(PhraseHit::start));
            for (PhraseHit verb : verbs) {
                if (quoted(text, verb) && !text.precededBy(verb, text.hits("cancellation.button"), BUTTON_WINDOW, List.of())
                        || otherObject(text, verb) || sellerRightAfter(text, verb)
                        || text.precededBy(verb, text.hits("cancellation.permission"), PERMISSION_WINDOW, List.of())
                        || text.precededBy(verb, text.negations(), NEGATION_WINDOW, List.of())) {
                    ruledOut.set(text.sentenceOf(verb));
                    continue;
                }
                int start = verb.start();
                int end = verb.end();
                boolean request = false;
                PhraseHit cue = cueBefore(text, verb);
                if (cue != null) {
                    request = true;
                    start = cue.start();
                } else if (isImperative(text, verb) || opensClause(text, verb)) {
                    request = true;
                }
                PhraseHit side = text.nearestInSentence(verb, text.hits("cancellation.yourside"), YOURSIDE_WINDOW);
                if (side != null && side.start() >= verb.end()) {
                    request = true;
                    end = side.end();
                }
                if (request) {
                    found.add(start, end, null);
                }
            }
            FieldIntents sentences = intents.of(draft, field);
            if (draft.isProactive()) {
                // Instructions to cancel answer a buyer who asked how; unasked, they ask the buyer to cancel.
                found.addIntent(sentences, ID, null, ruledOut::get);
            } else if (!buyerAskedAboutCancelling) {
                // A reply whose subject raises no cancellation: a sure reading asks the buyer to cancel
                // ("Le rogamos que solicite usted la cancelación del pedido").
                found.addIntent(sentences, ID, null,
                        s -> ruledOut.get(s) || !sentences.judged(s) || sentences.score(s, ID) < SURE_IN_REPLY);
            }
            found.report(findings);
        }
    }

    /** The nearest request cue before the verb in its sentence, with no first-person word nor "why" ({@code cancellation.why}) between. */
    private static PhraseHit cueBefore(FieldText text, PhraseHit verb) {
        List<PhraseHit> cues = text.hits("cancellation.cue");
        List<PhraseHit> self = text.hits("purpose.self");
        List<PhraseHit> why = text.hits("cancellation.why");
        int sentence = text.sentenceOf(verb);
        for (int i = FieldText.firstAtOrAfter(cues, verb.start()) - 1; i >= 0; i--) {
            PhraseHit cue = cues.get(i);
            if (text.sentenceOf(cue) != sentence || text.firstWord(verb) - text.firstWord(cue) > CUE_WINDOW + 10) {
                return null;
            }
            if (cue.end() > verb.start() || text.wordsBetween(cue, verb) > CUE_WINDOW) {
                continue;
            }
            int s = FieldText.firstAtOrAfter(self, cue.end());
            if (s < self.size() && self.get(s).start() < verb.start()) {
                return null;
            }
            // "¿Podría contarnos por qué ha decidido cancelar?": the cue asks for the reason, not the act.
            int w = FieldText.firstAtOrAfter(why, cue.end());
            if (w < why.size() && why.get(w).start() < verb.start()) {
                return null;
            }
            // A chain of cues ("could you please") is reported from its first word.
            PhraseHit first = cue;
            for (int j = i - 1; j >= 0; j--) {
                PhraseHit before = cues.get(j);
                if (text.sentenceOf(before) != sentence || before.end() < first.start() - 1) {
                    break;
                }
                if (before.start() < first.start()) {
                    first = before;
                }
            }
            return first;
        }
        return null;
    }

    /**
     * Whether the verb is the first word of its sentence or follows a clause break ("..., request a
     * cancellation"), and says what to cancel: a one-word verb needs a word after it ("Cancel the
     * order", not a bare "cancel").
     */
    private static boolean opensClause(FieldText text, PhraseHit verb) {
        int word = text.firstWord(verb);
        int last = text.lastWord(verb);
        if (word == last && (last + 1 >= text.wordCount() || text.sentenceOfWord(last + 1) != text.sentenceOf(verb))) {
            return false;
        }
        if (word == 0 || text.sentenceOfWord(word - 1) != text.sentenceOf(verb)) {
            return true;
        }
        return text.clauseBreakBetween(text.wordEnd(word - 1), verb.start());
    }

    private static boolean isImperative(FieldText text, PhraseHit verb) {
        return verb.termClass().equals("cancellation.imperative") && !afterSubject(text, verb);
    }

    /** Whether the buyer is the subject right before an imperative form, so it is none ("si vous annulez"). */
    private static boolean afterSubject(FieldText text, PhraseHit verb) {
        List<PhraseHit> you = text.hits("purpose.you");
        int i = FieldText.firstAtOrAfter(you, verb.start()) - 1;
        return i >= 0 && you.get(i).end() <= verb.start() && text.sentenceOf(you.get(i)) == text.sentenceOf(verb)
                && text.wordsBetween(you.get(i), verb) == 0;
    }

    /**
     * Whether a first-person word follows the verb directly: German puts the subject after the verb
     * ("dann stornieren wir die Bestellung für Sie"), so the seller cancels and asks nothing.
     */
    private static boolean sellerRightAfter(FieldText text, PhraseHit verb) {
        List<PhraseHit> self = text.hits("purpose.self");
        int i = FieldText.firstAtOrAfter(self, verb.end());
        return i < self.size() && text.sentenceOf(self.get(i)) == text.sentenceOf(verb)
                && text.wordsBetween(verb, self.get(i)) == 0;
    }

    /** Whether the verb stands in quotes in the original (reply "cancel"): a mention, not a request. */
    private static boolean quoted(FieldText text, PhraseHit verb) {
        String original = text.field().original();
        int start = text.originalStart(verb.start());
        int end = text.originalEnd(verb.end());
        return start > 0 && end < original.length()
                && QUOTES.indexOf(original.charAt(start - 1)) >= 0 && QUOTES.indexOf(original.charAt(end)) >= 0;
    }

    /** Whether something other than the order follows the verb ("cancel the return request"). */
    private static boolean otherObject(FieldText text, PhraseHit verb) {
        List<PhraseHit> others = text.hits("cancellation.other");
        int i = FieldText.firstAtOrAfter(others, verb.end());
        return i < others.size() && text.sentenceOf(others.get(i)) == text.sentenceOf(verb)
                && text.wordsBetween(verb, others.get(i)) <= OBJECT_WINDOW;
    }
}
