package com.messageguard.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Span;
import org.junit.jupiter.api.Test;

/** What the review finders hand on to each other. */
class FoundSoFarTest {

    private static final Mark REVIEW = new Mark(10, 16, 2, 2, 1);

    @Test
    void aChangeIsQuotedBeforeARequestAndTheFirstWordsStay() {
        FoundSoFar found = new FoundSoFar(3);
        assertThat(found.asked(REVIEW)).isFalse();
        found.requested(REVIEW, new Span(0, 16, "Please leave a review"));
        found.changed(REVIEW, new Span(5, 16, "change your review"));
        found.changed(REVIEW, new Span(8, 16, "update your review"));
        assertThat(found.asked(REVIEW)).isTrue();
        assertThat(found.isChanged(REVIEW)).isTrue();
        assertThat(found.askedBy(REVIEW).words()).isEqualTo("change your review");
    }

    @Test
    void steeringAwayIsNoChangeOfTheSentence() {
        FoundSoFar found = new FoundSoFar(3);
        found.steeredAway(REVIEW, new Span(0, 16, "before leaving a review"));
        assertThat(found.isChanged(REVIEW)).isTrue();
        assertThat(found.hasChangeIn(1)).isFalse();
        found.changed(REVIEW, new Span(5, 16, "remove the review"));
        assertThat(found.hasChangeIn(1)).isTrue();
        assertThat(found.askedBy(REVIEW).words()).isEqualTo("before leaving a review");
    }

    @Test
    void requestNearLooksOnlyAtTheFieldsSentences() {
        FoundSoFar found = new FoundSoFar(3);
        found.markRequestSentence(2);
        assertThat(found.hasRequestIn(2)).isTrue();
        assertThat(found.requestNear(-2, 1)).isFalse();
        assertThat(found.requestNear(0, 5)).isTrue();
        assertThat(found.requestNear(3, 5)).isFalse();
    }
}
