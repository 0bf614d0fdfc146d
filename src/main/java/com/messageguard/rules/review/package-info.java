/**
 * Rules on reviews and feedback in the text: incentives for reviews, review manipulation, and
 * review requests outside a feedback request. One shared analysis ({@link
 * com.messageguard.rules.review.ReviewLanguage}) reads the review term classes of the language
 * packs once per field; the rules report what it found.
 */
package com.messageguard.rules.review;
