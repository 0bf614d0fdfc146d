package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.NEGATION;
import static com.messageguard.rules.review.ReviewLanguage.POLITE;
import static com.messageguard.rules.review.ReviewLanguage.REQUEST;
import static com.messageguard.rules.review.ReviewLanguage.TO_SELLER;
import static com.messageguard.rules.review.ReviewTerms.CUE_NEGATION_WORDS;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Request;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Review and feedback requests: a review with an asking word (leave, please, we'd appreciate,
 * would help) in the same clause a few words away, or a request phrase of its own ("rate us"), at
 * most one per sentence. Thanks for a review ("thank you for your feedback"), feedback meant for
 * the seller ("by replying") and reviews the message asks to change or steers away from are no
 * requests, so this runs after the change and discouragement finders.
 */
final class RequestFinder extends ReviewFinder {

    /** A review word and the words that send the feedback to the seller instead ("... by replying"). */
    static final int TO_SELLER_WORDS = 10;
    /** Asking word to review word, either side, same clause. */
    static final int REQUEST_WORDS = 7;

    RequestFinder(ReviewTerms terms, FoundSoFar found) {
        super(terms, found);
    }

    List<Request> find() {
        Marks cues = terms.cues;
        List<int[]> spans = new ArrayList<>();
        for (Mark r : terms.open.all()) {
            if (found.isChanged(r) || toSeller(r)) {
                continue;
            }
            Mark before = null;
            for (Mark cue : cues.endingIn(r.first() - REQUEST_WORDS, r.first() - 1)) {
                if (field.sameClause(cue.last(), r.first()) && !cue.overlaps(r) && !negationBetween(cue, r)) {
                    before = before == null || cue.last() > before.last() ? cue : before;
                }
            }
            Mark after = null;
            if (before == null) {
                for (Mark cue : cues.startingIn(r.last() + 1, r.last() + REQUEST_WORDS)) {
                    if (field.sameClause(r.last(), cue.first())) {
                        after = cue;
                        break;
                    }
                }
            }
            if (before != null) {
                spans.add(new int[] {chainStart(before), r.end(), r.sentence()});
            } else if (after != null) {
                spans.add(new int[] {r.start(), chainEnd(after), r.sentence()});
            }
        }
        for (Mark q : field.marks(REQUEST).all()) {
            if (!terms.negated(q, CUE_NEGATION_WORDS) && !terms.thanked(q) && !toSeller(q)) {
                spans.add(new int[] {q.start(), q.end(), q.sentence()});
            }
        }
        // One request per sentence, from its first asking word to its last review word.
        Map<Integer, int[]> bySentence = new HashMap<>();
        for (int[] span : spans) {
            bySentence.merge(span[2], span, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), a[2]});
        }
        List<Request> requests = new ArrayList<>();
        bySentence.values().stream().sorted(Comparator.comparingInt(a -> a[0])).forEach(span -> {
            found.markRequestSentence(span[2]);
            requests.add(new Request(span[0], span[1], field.words(span[0], span[1])));
        });
        for (Request request : requests) {
            for (Mark r : terms.open.startingIn(field.words.at(request.start()), field.words.at(request.end() - 1))) {
                found.requested(r, field.span(request.start(), request.end()));
            }
        }
        return requests;
    }

    /**
     * Feedback the seller asks for in this conversation, not a review: "we'd love your feedback on
     * the fit so we can help with sizing", "donner votre avis sur la taille en répondant".
     */
    private boolean toSeller(Mark r) {
        for (Mark m : field.marks(TO_SELLER).startingIn(r.last() + 1, r.last() + TO_SELLER_WORDS)) {
            if (field.sameClause(r.last(), m.first())) {
                return true;
            }
        }
        return false;
    }

    /** "Please do not leave a review": a negation between the asking word and the review. */
    private boolean negationBetween(Mark cue, Mark r) {
        for (Mark negation : field.marks(NEGATION).startingIn(cue.last() + 1, r.first() - 1)) {
            if (!field.marks(POLITE).anyCovering(negation)) {
                return true;
            }
        }
        return false;
    }

    /** Where a run of asking words ends that start before {@code cue}: "(Would you mind) leaving". */
    private int chainStart(Mark cue) {
        Mark current = cue;
        for (int guard = 0; guard < REQUEST_WORDS; guard++) {
            Mark previous = null;
            for (Mark m : terms.cues.endingIn(current.first() - 2, current.first() - 1)) {
                if (field.sameClause(m.last(), current.first()) && (previous == null || m.first() < previous.first())) {
                    previous = m;
                }
            }
            if (previous == null) {
                break;
            }
            current = previous;
        }
        return current.start();
    }

    /** Where a run of asking words ends that starts with {@code cue}: "would help (us)". */
    private int chainEnd(Mark cue) {
        int end = cue.end();
        int last = cue.last();
        for (int guard = 0; guard < REQUEST_WORDS; guard++) {
            Mark next = null;
            for (Mark m : terms.cues.startingIn(cue.first(), last + 2)) {
                if (m.last() > last && field.sameClause(last, m.first()) && (next == null || m.last() > next.last())) {
                    next = m;
                }
            }
            if (next == null) {
                break;
            }
            end = next.end();
            last = next.last();
        }
        return end;
    }
}
