package com.messageguard.rules.contact;

import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which of a field's invitation phrases ({@code offplatform.invite}) invite, for
 * {@link OffPlatformRule}. Of overlapping ones the longest counts. An invitation does not stand
 * when a negation before it refuses it ("we can't continue by phone", and along the list it opens:
 * "by phone, personal email or a messaging app"), when a strictly longer {@code offplatform.not}
 * phrase names something else ("votre numéro de TVA"), or when it follows a carrier in its clause
 * ("beim DHL-Kundenservice anrufen"). Their sentences are refused: the intent layer leaves them
 * alone too.
 */
final class Invitations {

    /** Words at most between a negation and the invitation or payment it refuses, in one clause. */
    static final int NEGATION_WORDS = 12;

    private final Lexicon.FieldPhrases phrases;
    private final String language;
    private final MatchText text;
    private final List<PhraseHit> standing = new ArrayList<>();

    Invitations(Lexicon.FieldPhrases phrases, String language) {
        this.phrases = phrases;
        this.language = language;
        this.text = phrases.text();
    }

    /**
     * The invitations that invite, in text order, leaving out those {@code skip} claims (inside a
     * payment); marks the sentences of the refused ones in {@code refused}.
     */
    List<PhraseHit> standing(Predicate<PhraseHit> skip, BitSet refused) {
        List<PhraseHit> notInvitations = phrases.of("offplatform.not", language);
        List<PhraseHit> carriers = phrases.of("offplatform.carrier", language);
        List<PhraseHit> seller = carriers.isEmpty() ? List.of() : phrases.of("offplatform.us", language);
        PhraseHit lastRefused = null;
        for (PhraseHit hit : longestOfOverlapping(phrases.of("offplatform.invite", language))) {
            if (skip.test(hit)) {
                continue;
            }
            if (insideLonger(notInvitations, hit) || aimedAtCarrier(carriers, seller, hit)) {
                refused.set(text.sentenceAt(hit.start())); // nor is it the classifier's cue
                continue;
            }
            if (negated(phrases, language, hit.start()) || lastRefused != null && text.nextInList(lastRefused.end(), hit.start())) {
                lastRefused = hit;
                refused.set(text.sentenceAt(hit.start()));
                continue;
            }
            standing.add(hit);
        }
        return standing;
    }

    /** Whether {@code hit} overlaps a standing invitation: "order directly from" inside "order directly from us". */
    boolean overlapsStanding(PhraseHit hit) {
        for (PhraseHit other : standing) {
            if (other.start() < hit.end() && hit.start() < other.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a negation stands before match-text offset {@code at} in its clause, at most
     * {@value #NEGATION_WORDS} words away: "we can't take bank transfers or any payment outside
     * Amazon" refuses what it names. A clause break (",", ";", ":") ends a negation's reach:
     * "if you don't hear from us, call us" still invites.
     */
    static boolean negated(Lexicon.FieldPhrases phrases, String language, int at) {
        MatchText text = phrases.text();
        int word = text.wordAt(at);
        int sentence = text.sentenceAt(at);
        for (PhraseHit negation : phrases.negations(language)) {
            if (negation.end() > at) {
                break;
            }
            if (text.sentenceAt(negation.start()) == sentence && word - text.wordAt(negation.start()) <= NEGATION_WORDS
                    && !text.clauseBreakBetween(negation.end(), at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a carrier ({@code offplatform.carrier}) stands before the invitation in its clause
     * with no word for the seller ({@code offplatform.us}) between: "wenn Sie direkt beim
     * DHL-Kundenservice anrufen" sends the buyer to the carrier; "Sie können DHL oder uns anrufen"
     * and "llámenos o llame a Correos" still invite.
     */
    private boolean aimedAtCarrier(List<PhraseHit> carriers, List<PhraseHit> seller, PhraseHit hit) {
        int sentence = text.sentenceAt(hit.start());
        for (PhraseHit carrier : carriers) {
            if (carrier.end() > hit.start()) {
                break;
            }
            if (text.sentenceAt(carrier.start()) != sentence || text.clauseBreakBetween(carrier.end(), hit.start())) {
                continue;
            }
            boolean sellerBetween = false;
            for (PhraseHit us : seller) {
                sellerBetween |= us.start() >= carrier.end() && us.end() <= hit.end();
            }
            if (!sellerBetween) {
                return true;
            }
        }
        return false;
    }

    /** Whether a strictly longer phrase of {@code phrases} covers {@code hit}: "votre numéro de TVA" over "votre numéro". */
    private static boolean insideLonger(List<PhraseHit> phrases, PhraseHit hit) {
        for (PhraseHit phrase : phrases) {
            if (phrase.start() <= hit.start() && phrase.end() >= hit.end() && phrase.end() - phrase.start() > hit.end() - hit.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of hits that overlap ("your personal email", "your personal email address"), the longest:
     * one invitation, one finding. {@code hits} are sorted by start, then end.
     */
    private static List<PhraseHit> longestOfOverlapping(List<PhraseHit> hits) {
        List<PhraseHit> kept = new ArrayList<>(hits.size());
        for (PhraseHit hit : hits) {
            PhraseHit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && hit.start() < last.end()) {
                if (hit.end() - hit.start() > last.end() - last.start()) {
                    kept.set(kept.size() - 1, hit);
                }
                continue;
            }
            kept.add(hit);
        }
        return kept;
    }
}
