package com.messageguard.rules.review;

import com.messageguard.lexicon.Lexicon;
import com.messageguard.rules.review.ReviewText.Incentive;
import com.messageguard.rules.review.ReviewText.Kind;
import com.messageguard.rules.review.ReviewText.Manipulation;
import com.messageguard.rules.review.ReviewText.Request;
import com.messageguard.rules.review.ReviewText.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads one field for reviews. The pack supplies the words; the finders decide by position:
 * <ul>
 * <li>a <b>review</b> is a review word that is not part of another sense ("under review"), not
 *     reviewed by the seller ("we will review"), not aimed at a seller's object ("review your
 *     photos"): {@link ReviewTerms};</li>
 * <li>a <b>request</b> is a review with an asking word in the same clause a few words away, or a
 *     request phrase of its own: {@link RequestFinder};</li>
 * <li>an <b>incentive</b> is a benefit tied to a review by a condition, a link or "for":
 *     {@link IncentiveFinder};</li>
 * <li>a <b>manipulation</b> is asking to change or remove a review ({@link ReviewChangeFinder}),
 *     discouraging a negative one ({@link DiscouragementFinder}), a positive rating aimed at the
 *     requested review ({@link PositiveRatingFinder}), review gating ({@link GatingFinder}) or an
 *     instruction what to write ({@link InstructionFinder}).</li>
 * </ul>
 * This class runs the finders in the order their findings depend on each other (see {@link
 * FoundSoFar}) and merges overlapping manipulations. Every check looks at a bounded window of
 * words through sorted marks, so a field costs about its number of phrase hits times a
 * logarithm, whatever it holds.
 */
final class ReviewAnalyzer {

    private final ReviewField field;
    private final ReviewTerms terms;
    private final FoundSoFar found;

    ReviewAnalyzer(Lexicon.FieldPhrases phrases, String language) {
        this.field = new ReviewField(phrases, language);
        this.terms = new ReviewTerms(field);
        this.found = new FoundSoFar(field.sentences);
    }

    ReviewText analyze() {
        if (field.words.count() == 0) {
            return new ReviewText(field.text, false, List.of(), List.of(), List.of(), List.of());
        }
        ReviewChangeFinder changes = new ReviewChangeFinder(terms, found);
        changes.findChanges();
        List<Span> pronouns = changes.findPronounChanges();
        new DiscouragementFinder(terms, found).find();
        List<Request> requests = new RequestFinder(terms, found).find();
        new PositiveRatingFinder(terms, found).find();
        new GatingFinder(terms, found).find();
        new InstructionFinder(terms, found).find();
        List<Incentive> incentives = new IncentiveFinder(terms, found).find();
        return new ReviewText(field.text, !terms.reviews.isEmpty(), List.copyOf(requests), List.copyOf(incentives),
                merged(found.manipulations()), List.copyOf(pronouns));
    }

    /** Overlapping manipulations become one, of the kind found first; in text order. */
    private List<Manipulation> merged(List<Manipulation> manipulations) {
        List<Manipulation> sorted = new ArrayList<>(manipulations);
        sorted.sort(Comparator.comparingInt(Manipulation::start).thenComparingInt(Manipulation::end));
        List<Manipulation> merged = new ArrayList<>();
        for (Manipulation m : sorted) {
            Manipulation last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m.start() < last.end()) {
                if (m.end() > last.end()) {
                    String quoted = last.kind() == Kind.GATING ? last.words() : field.words(last.start(), m.end());
                    merged.set(merged.size() - 1, new Manipulation(last.kind(), last.start(), m.end(), quoted));
                }
            } else {
                merged.add(m);
            }
        }
        return List.copyOf(merged);
    }
}
