package com.messageguard.rules.review;

import com.messageguard.testing.TestIntents;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.testing.TestRules;

/** The review analysis over the repository's language packs, shared by the review rule tests. */
final class ReviewFixture {

    static final ReviewLanguage REVIEWS = new ReviewLanguage(TestIntents.lexicon(), TestIntents.classifier());

    private ReviewFixture() {
    }
}
