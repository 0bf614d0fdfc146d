package com.messageguard.rules.review;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Manipulation;
import com.messageguard.rules.review.ReviewText.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the review finders have found so far in one field, for the finders that run after them:
 * a review the message asks to change or steers away from is no request; an incentive quotes the
 * request or change it is tied to; gating and instructions need a request nearby. {@link
 * ReviewAnalyzer} runs the finders in an order in which everything here is written before it is read.
 */
final class FoundSoFar {

    /** Reviews the message asks to change, remove or not to write, with the words that do. */
    private final Map<Mark, Span> changed = new IdentityHashMap<>();
    /** Reviews inside a request, with the request's words. */
    private final Map<Mark, Span> requested = new IdentityHashMap<>();
    private final boolean[] requestSentence;
    private final boolean[] changedSentence;
    private final List<Manipulation> manipulations = new ArrayList<>();
    /** Change verbs on a pronoun that stands for a review ("take it down"), in text order. */
    private final List<Mark> pronounChanges = new ArrayList<>(0);

    FoundSoFar(int sentences) {
        this.requestSentence = new boolean[sentences];
        this.changedSentence = new boolean[sentences];
    }

    /** A change verb aims at {@code review}: it is no request, and its sentence holds a change. */
    void changed(Mark review, Span by) {
        changed.putIfAbsent(review, by);
        changedSentence[review.sentence()] = true;
    }

    /** A change verb on a pronoun ("take it down") aims at a review named in its sentence or the one before. */
    void changedByPronoun(Mark verb) {
        pronounChanges.add(verb);
    }

    /** The first change verb on a pronoun for a review that starts at word {@code from} through {@code to}; null when none. */
    Mark pronounChangeStartingIn(int from, int to) {
        for (Mark verb : pronounChanges) {
            if (verb.first() >= from && verb.first() <= to) {
                return verb;
            }
        }
        return null;
    }

    /** The message steers away from {@code review} ("don't leave", "before leaving"): it is no request. */
    void steeredAway(Mark review, Span by) {
        changed.putIfAbsent(review, by);
    }

    void requested(Mark review, Span by) {
        requested.putIfAbsent(review, by);
    }

    /** Sentence {@code sentence} holds a request. */
    void markRequestSentence(int sentence) {
        requestSentence[sentence] = true;
    }

    /** Whether a change verb or a steering phrase aims at {@code review}. */
    boolean isChanged(Mark review) {
        return changed.containsKey(review);
    }

    /** Whether the message asks for {@code review}, or asks to change it or steers away from it. */
    boolean asked(Mark review) {
        return changed.containsKey(review) || requested.containsKey(review);
    }

    /** The words that ask for {@code review} or aim at it, a change before a request; null when none. */
    Span askedBy(Mark review) {
        return changed.containsKey(review) ? changed.get(review) : requested.get(review);
    }

    /** Whether a change verb aims at a review in sentence {@code sentence}. */
    boolean hasChangeIn(int sentence) {
        return changedSentence[sentence];
    }

    boolean hasRequestIn(int sentence) {
        return requestSentence[sentence];
    }

    /** Whether a sentence in {@code [fromSentence, toSentence]} (clipped to the field) holds a request. */
    boolean requestNear(int fromSentence, int toSentence) {
        for (int s = Math.max(0, fromSentence); s <= Math.min(requestSentence.length - 1, toSentence); s++) {
            if (requestSentence[s]) {
                return true;
            }
        }
        return false;
    }

    void add(Manipulation manipulation) {
        manipulations.add(manipulation);
    }

    /** The manipulations in the order they were found. */
    List<Manipulation> manipulations() {
        return manipulations;
    }
}
