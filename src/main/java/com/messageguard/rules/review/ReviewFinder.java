package com.messageguard.rules.review;

/**
 * A finder of one kind of review finding (requests, incentives, one kind of manipulation). Each
 * reads the same field and terms, and what the finders before it found; keeping the three here
 * spares every finder the same fields and constructor.
 */
abstract class ReviewFinder {

    final ReviewField field;
    final ReviewTerms terms;
    final FoundSoFar found;

    ReviewFinder(ReviewTerms terms, FoundSoFar found) {
        this.field = terms.field;
        this.terms = terms;
        this.found = found;
    }
}
