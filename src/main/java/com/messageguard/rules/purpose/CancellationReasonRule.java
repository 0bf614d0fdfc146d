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
import java.util.List;
import java.util.function.IntPredicate;
import org.springframework.stereotype.Component;

/**
 * Asking the buyer why they cancelled: a why-word ("why", "the reason", "what made you",
 * {@code cancellation.why}) and a cancellation word ({@code cancellation.topic}: "cancel",
 * "cancelled", "Stornierung", "annulation", "cancelación") at most {@value #WINDOW} words apart
 * in one sentence that asks: it ends in a question mark or holds a request ("could you tell us",
 * "may we ask", {@code cancellation.ask}). "Change your mind" ({@code cancellation.mind}) stands
 * for the cancellation when the draft speaks of one elsewhere ("your order was cancelled. May we
 * ask what made you change your mind?") or replies under a subject that does ("Re: Please cancel
 * my order"), and a short follow-up question refers to the sentence
 * before ("You cancelled your order. Could you tell us why?"). The seller's own cancellation is no
 * question to the buyer:
 * a first-person word between the two ("why we had to cancel", {@code purpose.self}) or a neutral
 * phrase ("no need to give a reason", {@code cancellation.neutral}) rules a pair out, and so does
 * another object right after the cancellation word ("why did you cancel the return",
 * {@code cancellation.other}). The finding
 * spans from the why-word to the cancellation word.
 */
@Component
public class CancellationReasonRule implements Rule {

    static final String ID = "cancellation-reason";

    /** Words between the why-word and the cancellation word. */
    static final int WINDOW = 8;
    /** Longest follow-up question whose why-word refers to the sentence before ("Could you tell us why?"). */
    static final int FOLLOW_UP_WORDS = 8;

    private final Lexicon lexicon;
    private final IntentClassifier intents;

    public CancellationReasonRule(Lexicon lexicon, IntentClassifier intents) {
        this.lexicon = lexicon;
        this.intents = intents;
        intents.require(ID, ID);
        PurposeClasses.require(lexicon, ID, List.of("cancellation.why", "cancellation.topic", "cancellation.mind",
                "cancellation.ask", "cancellation.neutral", "cancellation.other", "purpose.self", "purpose.you"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = lexicon.language(draft);
        List<FieldText> fields = new ArrayList<>(2);
        // A reply under the buyer's "Re: Please cancel my order" speaks of a cancellation too.
        boolean cancellationMentioned = CancellingSubject.of(lexicon, draft, language);
        for (TextField field : draft.wordingFields()) {
            FieldText text = FieldText.of(lexicon, field, language);
            fields.add(text);
            cancellationMentioned |= !text.hits("cancellation.topic").isEmpty();
        }
        for (FieldText text : fields) {
            Spans found = new Spans(text, 0);
            List<PhraseHit> topics = new ArrayList<>(text.hits("cancellation.topic"));
            if (cancellationMentioned) {
                topics.addAll(text.hits("cancellation.mind"));
                topics.sort(java.util.Comparator.comparingInt(PhraseHit::start));
            }
            List<PhraseHit> neutral = text.hits("cancellation.neutral");
            List<PhraseHit> asks = text.hits("cancellation.ask");
            List<PhraseHit> self = text.hits("purpose.self");
            // Sentences whose why-word the lists rule out (not asked, the seller's own reason, another
            // object, "no need to give a reason"): the intent layer does not overrule them.
            BitSet ruledOut = new BitSet();
            for (PhraseHit why : text.hits("cancellation.why")) {
                int sentence = text.sentenceOf(why);
                boolean asking = text.isQuestion(sentence) || text.inSentence(asks, sentence);
                if (!asking || FieldText.overlapsAny(why, neutral)) {
                    ruledOut.set(sentence);
                    continue;
                }
                PhraseHit topic = text.nearestInSentence(why, topics, WINDOW);
                if (topic == null) {
                    // "We noticed you cancelled your order. Could you tell us why?" A longer question
                    // without a cancellation word is the intent layer's to read with the sentence before.
                    if (followUp(text, sentence, topics, self)) {
                        found.add(text.text().sentenceStart(sentence), why.end(), null);
                    }
                    continue;
                }
                if (FieldText.overlapsAny(topic, neutral) || selfBetween(text, why, topic, self, asks)
                        || otherObject(text, topic)) {
                    ruledOut.set(sentence);
                    continue;
                }
                found.add(Math.min(why.start(), topic.start()), Math.max(why.end(), topic.end()), null);
            }
            if (cancellationMentioned) {
                // Guesses at the reason ("was it the price, or the delivery date?") ask why as much as
                // "why" does; a statement ("the reason for the cancellation is ...") asks nothing. The
                // cancellation the draft speaks of is the question's cue.
                FieldIntents sentences = intents.of(draft, text.field());
                IntPredicate asksNothing = s -> ruledOut.get(s) || !(text.isQuestion(s) || text.inSentence(asks, s));
                found.addIntentInContext(sentences, ID, null, asksNothing);
                found.addIntentWithPrevious(sentences, ID, null, asksNothing);
            }
            found.report(findings);
        }
    }

    /**
     * A short question ({@value #FOLLOW_UP_WORDS} words at most) right after a sentence that speaks
     * of a cancellation whose nearest subject is the buyer ({@code purpose.you}) or none, not the
     * seller ({@code purpose.self}): "You cancelled your order. May we ask why?"
     */
    private static boolean followUp(FieldText text, int sentence, List<PhraseHit> topics, List<PhraseHit> self) {
        if (sentence == 0 || !text.isQuestion(sentence)) {
            return false;
        }
        int words = text.wordAt(text.text().sentenceEnd(sentence) - 1)
                - text.wordAt(text.text().sentenceStart(sentence)) + 1;
        if (words > FOLLOW_UP_WORDS) {
            return false;
        }
        List<PhraseHit> you = text.hits("purpose.you");
        for (PhraseHit topic : text.inSentenceAll(topics, sentence - 1)) {
            PhraseHit seller = lastBefore(text, self, topic);
            PhraseHit buyer = lastBefore(text, you, topic);
            if (seller == null || buyer != null && buyer.start() > seller.start()) {
                return true;
            }
        }
        return false;
    }

    /** The last hit of {@code hits} before {@code topic} in its sentence, or null. */
    private static PhraseHit lastBefore(FieldText text, List<PhraseHit> hits, PhraseHit topic) {
        int i = FieldText.firstAtOrAfter(hits, topic.start()) - 1;
        return i >= 0 && text.sentenceOf(hits.get(i)) == text.sentenceOf(topic) ? hits.get(i) : null;
    }

    /** Whether a return or subscription follows the cancellation word ("why did you cancel the return"). */
    private static boolean otherObject(FieldText text, PhraseHit topic) {
        List<PhraseHit> others = text.hits("cancellation.other");
        int i = FieldText.firstAtOrAfter(others, topic.end());
        return i < others.size() && text.sentenceOf(others.get(i)) == text.sentenceOf(topic)
                && text.wordsBetween(topic, others.get(i)) <= 2;
    }

    /**
     * Whether a first-person word stands between the two hits ("the reason we cancelled"); one
     * inside the asking words ("you cancelled, mind telling us why?") is the one who asks.
     */
    private static boolean selfBetween(FieldText text, PhraseHit a, PhraseHit b, List<PhraseHit> self,
                                       List<PhraseHit> asks) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        for (int i = FieldText.firstAtOrAfter(self, from); i < self.size() && self.get(i).start() < to; i++) {
            if (!FieldText.overlapsAny(self.get(i), asks)) {
                return true;
            }
        }
        return false;
    }
}
