package com.messageguard.rules.review;

import com.messageguard.engine.FindingSink;
import com.messageguard.engine.TextField;
import com.messageguard.text.MatchText;
import java.util.List;
import java.util.Map;

/**
 * What one text field says about reviews, in one language. Every span is {@code [start, end)} of
 * the field's {@link MatchText}, so a rule reports it through {@link #match()}'s view and the
 * offsets land in the original text; every quoted string is the original wording.
 *
 * @param match          the field's match text
 * @param mentionsReview the field names a review or feedback (in its review sense) at all
 * @param requests       review or feedback requests, at most one per sentence
 * @param incentives     benefits tied to a review, at most one per sentence
 * @param manipulations  attempts to steer a review (changing or removing one, positive ratings only,
 *                       gating, instructions, discouraging negative ones), overlapping ones merged
 * @param pronounChanges "take it down" and the like with no review in the same or the two previous
 *                       sentences; a review named in the subject makes them manipulations too
 */
public record ReviewText(
        MatchText match,
        boolean mentionsReview,
        List<Request> requests,
        List<Incentive> incentives,
        List<Manipulation> manipulations,
        List<Span> pronounChanges) {

    /**
     * Reports match-text characters {@code [start, end)} of this field: mapped through the match
     * text's view to the original text, a trailing variation selector ("⭐️") included.
     */
    public void report(FindingSink findings, TextField field, int start, int end, String variant,
                       Map<String, Object> args) {
        findings.original(field, match.view().originalStart(start), ReviewField.originalEnd(match, end), variant, args);
    }

    /** Marks every sentence that match-text span {@code [start, end)} touches. */
    void markSentences(java.util.BitSet sentences, int start, int end) {
        sentences.set(match.sentenceAt(start), match.sentenceAt(Math.max(start, end - 1)) + 1);
    }

    /** The original wording of match-text span {@code span}. */
    public String excerpt(com.messageguard.text.Span span) {
        return match.view().original().substring(match.view().originalStart(span.start()),
                ReviewField.originalEnd(match, span.end()));
    }

    /** A span of the match text with its original wording. */
    public record Span(int start, int end, String words) {
    }

    /** A review or feedback request: the asking words through the review word. */
    public record Request(int start, int end, String words) {
    }

    /**
     * A benefit tied to a review: the span from the benefit to the review (or back), the benefits
     * as written, and the review action as written ("change your review", "Leave a review").
     */
    public record Incentive(int start, int end, String benefit, String action) {
    }

    /** How a message tries to steer a review; the name is the catalog variant (null: the default). */
    public enum Kind {
        CHANGE(null), POSITIVE("positive"), GATING("gating"), INSTRUCT("instruct"), DISCOURAGE("discourage");

        private final String variant;

        Kind(String variant) {
            this.variant = variant;
        }

        public String variant() {
            return variant;
        }
    }

    /** An attempt to steer a review: its kind, span and the deciding words as written. */
    public record Manipulation(Kind kind, int start, int end, String words) {
    }
}
