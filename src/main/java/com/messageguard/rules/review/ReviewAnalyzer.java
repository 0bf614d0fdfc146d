package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.ACT;
import static com.messageguard.rules.review.ReviewLanguage.APPEAL;
import static com.messageguard.rules.review.ReviewLanguage.ASK;
import static com.messageguard.rules.review.ReviewLanguage.BENEFIT;
import static com.messageguard.rules.review.ReviewLanguage.BY_SELLER;
import static com.messageguard.rules.review.ReviewLanguage.CHANGE;
import static com.messageguard.rules.review.ReviewLanguage.CHANGE_AFTER;
import static com.messageguard.rules.review.ReviewLanguage.CHANGE_IT;
import static com.messageguard.rules.review.ReviewLanguage.CONDITION;
import static com.messageguard.rules.review.ReviewLanguage.DISCOURAGE;
import static com.messageguard.rules.review.ReviewLanguage.FOR;
import static com.messageguard.rules.review.ReviewLanguage.GATING_FIRST;
import static com.messageguard.rules.review.ReviewLanguage.GATING_HAPPY;
import static com.messageguard.rules.review.ReviewLanguage.GATING_UNHAPPY;
import static com.messageguard.rules.review.ReviewLanguage.INDEPENDENT;
import static com.messageguard.rules.review.ReviewLanguage.INSTRUCT;
import static com.messageguard.rules.review.ReviewLanguage.LINK;
import static com.messageguard.rules.review.ReviewLanguage.NEGATION;
import static com.messageguard.rules.review.ReviewLanguage.NEGATIVE;
import static com.messageguard.rules.review.ReviewLanguage.NOT_BENEFIT;
import static com.messageguard.rules.review.ReviewLanguage.NOT_OBJECT;
import static com.messageguard.rules.review.ReviewLanguage.NOT_REVIEW;
import static com.messageguard.rules.review.ReviewLanguage.NOT_VERB;
import static com.messageguard.rules.review.ReviewLanguage.OTHERS;
import static com.messageguard.rules.review.ReviewLanguage.POLITE;
import static com.messageguard.rules.review.ReviewLanguage.POSITIVE;
import static com.messageguard.rules.review.ReviewLanguage.REQUEST;
import static com.messageguard.rules.review.ReviewLanguage.TERM;
import static com.messageguard.rules.review.ReviewLanguage.THANKS;
import static com.messageguard.rules.review.ReviewLanguage.TO_SELLER;
import static com.messageguard.rules.review.ReviewLanguage.VERB;
import static com.messageguard.rules.review.ReviewLanguage.VERB_BEFORE;
import static com.messageguard.rules.review.ReviewLanguage.VERB_OBJECT;

import com.messageguard.lexicon.Lexicon;
import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Incentive;
import com.messageguard.rules.review.ReviewText.Kind;
import com.messageguard.rules.review.ReviewText.Manipulation;
import com.messageguard.rules.review.ReviewText.Request;
import com.messageguard.rules.review.ReviewText.Span;
import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one field for reviews. The pack supplies the words; this class decides by position:
 * <ul>
 * <li>a <b>review</b> is a review word that is not part of another sense ("under review"), not
 *     reviewed by the seller ("we will review"), not aimed at a seller's object ("review your
 *     photos");</li>
 * <li>a <b>request</b> is a review with an asking word (leave, please, we'd appreciate, would
 *     help) in the same clause a few words away, or a request phrase of its own ("rate us");
 *     thanks for a review ("thank you for your feedback") and reviews the message asks to change
 *     are no requests;</li>
 * <li>an <b>incentive</b> is a benefit in a sentence where a condition's clause holds the review
 *     ("we'll refund you if you update your review"), where a link ties them ("and get",
 *     "as a thank-you", "in exchange for"), or where "for" joins them a few words apart ("a gift
 *     card for your review"); or a benefit with a link right after a sentence asking for a review
 *     ("Leave a review. In return, ..."); a negated benefit ("we cannot offer a discount") or one
 *     declared independent ("regardless of your review") is none;</li>
 * <li>a <b>manipulation</b> is a change verb aimed at a review within a few words of the same
 *     clause with no asking word between ("remove the 1-star review", "Ihre Bewertung löschen"),
 *     "take it down" after a sentence about a review, a positive rating aimed at the requested
 *     review ("leave us ★★★★★", "a 5-star review" in a request), review gating (a happy
 *     condition next to an unhappy one or "contact us first" near a review request), an
 *     instruction what to write, or discouraging a negative review.</li>
 * </ul>
 * Every check looks at a bounded window of words through sorted marks, so a field costs about
 * its number of phrase hits times a logarithm, whatever it holds.
 */
final class ReviewAnalyzer {

    /** A review word and the words that send the feedback to the seller instead ("... by replying"). */
    static final int TO_SELLER_WORDS = 10;
    /** A verb "review" and what is reviewed: "review the blender on Amazon". */
    static final int VERB_OBJECT_WORDS = 4;
    /** Asking word to review word, either side, same clause. */
    static final int REQUEST_WORDS = 7;
    /** Words allowed between a change verb and the review it aims at ("remove the old 1-star review"). */
    static final int CHANGE_GAP = 3;
    /** Words allowed between the review and a change verb after it ("Ihre Bewertung bitte löschen"). */
    static final int CHANGE_AFTER_GAP = 2;
    /** A negation this many words before a change verb or a positive rating cancels it. */
    static final int NEGATION_WORDS = 4;
    /** A negation this many words before an asking word cancels it ("please do not leave a review"). */
    static final int CUE_NEGATION_WORDS = 2;
    /** A negation this many words before a benefit cancels it ("we cannot offer a discount"). */
    static final int BENEFIT_NEGATION_WORDS = 3;
    /** Thanks this many words before a review make it a review already written. */
    static final int THANKS_WORDS = 4;
    /** Words allowed between a positive rating and its review ("review to 5 stars"). */
    static final int POSITIVE_REVIEW_GAP = 2;
    /** Words allowed between an asking verb and a positive rating ("give our lamp five stars"). */
    static final int POSITIVE_ASK_GAP = 3;
    /** How far a condition's clause reaches for the review ("if you could please update your review"). */
    static final int CONDITION_WORDS = 10;
    /** A verb of writing this many words after the review, in verb-final clauses ("Bewertung hinterlassen"). */
    static final int ACT_AFTER_WORDS = 3;
    /** Benefit and review this close, with "for" between ("free product for an honest review"). */
    static final int FOR_WORDS = 4;
    /** Gating halves this many sentences apart. */
    static final int GATING_SENTENCES = 2;
    /** Words allowed between "don't leave" and the review. */
    static final int DISCOURAGE_GAP = 3;
    /** An instruction this close to the review it is about. */
    static final int INSTRUCT_WORDS = 8;
    /** At most this many benefits are quoted in a message. */
    static final int QUOTED_BENEFITS = 3;

    private final MatchText text;
    private final Words words;
    private final int sentences;
    private final int[] sentenceFirst;
    private final int[] sentenceLast;
    private final Map<String, Marks> marks = new HashMap<>();

    /** Reviews in their review sense. */
    private final Marks reviews;
    /** Reviews not thanked for: the ones a message can still ask for. */
    private final Marks open;
    /** Asking words: request cues. */
    private final Marks cues;
    /** Asking verbs and appeals: between a change verb and a review they make the review another act's. */
    private final Marks blockers;
    private final Marks benefits;

    private final Map<Mark, Span> changed = new IdentityHashMap<>();
    private final Map<Mark, Span> requested = new IdentityHashMap<>();
    private final boolean[] requestSentence;
    private final boolean[] changedSentence;
    private final List<Manipulation> manipulations = new ArrayList<>();

    ReviewAnalyzer(Lexicon.FieldPhrases phrases, String language) {
        this.text = phrases.text();
        this.words = Words.of(text);
        this.sentences = Math.max(1, words.sentenceCount());
        this.sentenceFirst = new int[sentences];
        this.sentenceLast = new int[sentences];
        for (int w = words.count() - 1; w >= 0; w--) {
            sentenceFirst[words.sentence(w)] = w;
        }
        for (int w = 0; w < words.count(); w++) {
            sentenceLast[words.sentence(w)] = w;
        }
        for (String termClass : ReviewLanguage.CLASSES) {
            marks.put(termClass, Marks.of(phrases.of(termClass, language), words));
        }
        this.reviews = marks(TERM).filter(this::isReview, sentences);
        this.open = reviews.filter(r -> !thanked(r), sentences);
        Marks asks = marks(ASK).filter(a -> !byOthers(a), sentences);
        this.cues = Marks.union(sentences, asks, marks(POLITE), marks(APPEAL))
                .filter(cue -> !negated(cue, CUE_NEGATION_WORDS), sentences);
        this.blockers = Marks.union(sentences, asks, marks(APPEAL));
        this.benefits = marks(BENEFIT).filter(this::isBenefit, sentences);
        this.requestSentence = new boolean[sentences];
        this.changedSentence = new boolean[sentences];
    }

    ReviewText analyze() {
        if (words.count() == 0) {
            return new ReviewText(text, false, List.of(), List.of(), List.of(), List.of());
        }
        findChanges();
        List<Span> pronouns = findPronounChanges();
        findDiscouragement();
        List<Request> requests = findRequests();
        findPositives();
        findGating();
        findInstructions();
        List<Incentive> incentives = findIncentives();
        return new ReviewText(text, !reviews.isEmpty(), List.copyOf(requests), List.copyOf(incentives),
                merged(manipulations), List.copyOf(pronouns));
    }

    // --- what a review is -------------------------------------------------------------------------

    private boolean isReview(Mark r) {
        if (marks(NOT_REVIEW).anyOverlapping(r)) {
            return false;
        }
        for (Mark seller : marks(BY_SELLER).endingIn(r.first() - 1, r.first() - 1)) {
            if (seller.sentence() == r.sentence()) {
                return false;
            }
        }
        Mark object = marks(NOT_OBJECT).firstStartingIn(r.last() + 1, r.last() + 1);
        if (object != null && object.sentence() == r.sentence()) {
            return false;
        }
        return !isVerb(r) || reviewedThing(r);
    }

    /** "please review", "to review": the word is a verb here, not the noun "a review". */
    private boolean isVerb(Mark r) {
        boolean verbWord = false;
        for (Mark verb : marks(VERB).overlapping(r)) {
            verbWord |= verb.start() == r.start() && verb.end() == r.end();
        }
        if (!verbWord) {
            return false;
        }
        for (Mark before : marks(VERB_BEFORE).endingIn(r.first() - 1, r.first() - 1)) {
            if (sameClause(before.last(), r.first())) {
                return true;
            }
        }
        return false;
    }

    /** A verb "review" is the buyer's review only of a thing buyers review: us, the product, on Amazon. */
    private boolean reviewedThing(Mark verb) {
        for (Mark thing : marks(VERB_OBJECT).startingIn(verb.last() + 1, verb.last() + VERB_OBJECT_WORDS)) {
            if (sameClause(verb.last(), thing.first())) {
                return true;
            }
        }
        return false;
    }

    /** Thanks for something already done, a few words before {@code m} in its clause. */
    private boolean thanked(Mark m) {
        for (Mark thanks : marks(THANKS).endingIn(m.first() - THANKS_WORDS, m.first() - 1)) {
            if (sameClause(thanks.last(), m.first())) {
                return true;
            }
        }
        return marks(THANKS).anyCovering(m);
    }

    /** "customers leave", "buyers give": an asking verb whose subject is someone else. */
    private boolean byOthers(Mark ask) {
        for (Mark others : marks(OTHERS).endingIn(ask.first() - 2, ask.first() - 1)) {
            if (sameClause(others.last(), ask.first())) {
                return true;
            }
        }
        return false;
    }

    private boolean isBenefit(Mark b) {
        return !marks(NOT_BENEFIT).anyOverlapping(b) && !negated(b, BENEFIT_NEGATION_WORDS);
    }

    /** A negation a few words before {@code m}; "don't hesitate to", "n'hésitez pas" negate nothing. */
    private boolean negated(Mark m, int within) {
        for (Mark negation : marks(NEGATION).endingIn(m.first() - within, m.first() - 1)) {
            if (sameClause(negation.last(), m.first()) && !negation.overlaps(m) && !marks(POLITE).anyCovering(negation)) {
                return true;
            }
        }
        return false;
    }

    // --- manipulation -----------------------------------------------------------------------------

    /** "remove the 1-star review", "change your review to 5 stars", "Ihre Bewertung löschen". */
    private void findChanges() {
        for (Mark verb : marks(CHANGE).all()) {
            if (negated(verb, NEGATION_WORDS) || thanked(verb) || notAVerb(verb)) {
                continue;
            }
            Mark target = null;
            for (Mark r : reviews.startingIn(verb.last() + 1, verb.last() + 1 + CHANGE_GAP)) {
                if (!sameClause(verb.last(), r.first()) || blockers.anyStartingIn(verb.last() + 1, r.first() - 1)) {
                    break;
                }
                target = target == null || r.last() > target.last() ? r : target;
            }
            // A chain of review words ("the 1-star review") ends at the last one.
            for (Mark next = target == null ? null : reviews.firstStartingIn(target.last() + 1, target.last() + 1);
                    next != null && sameClause(target.last(), next.first());
                    next = reviews.firstStartingIn(target.last() + 1, target.last() + 1)) {
                target = next;
            }
            if (target != null) {
                markChanged(verb.first(), target.last(), verb.start(), ratedEnd(target));
            }
        }
        for (Mark verb : marks(CHANGE_AFTER).all()) {
            if (negated(verb, NEGATION_WORDS)) {
                continue;
            }
            for (Mark r : reviews.endingIn(verb.first() - 1 - CHANGE_AFTER_GAP, verb.first() - 1)) {
                if (sameClause(r.last(), verb.first()) && !blockers.anyStartingIn(r.last() + 1, verb.first() - 1)
                        && !r.overlaps(verb)) {
                    markChanged(r.first(), verb.last(), r.start(), verb.end());
                    break;
                }
            }
        }
    }

    /** The end of a review with the rating that qualifies it: "votre avis négatif", "su reseña negativa". */
    private int ratedEnd(Mark review) {
        int end = review.end();
        for (String termClass : new String[] {NEGATIVE, POSITIVE}) {
            for (Mark rating : marks(termClass).startingIn(review.first(), review.last() + 1)) {
                if (sameClause(review.last(), rating.first())) {
                    end = Math.max(end, rating.end());
                }
            }
        }
        return end;
    }

    /** "the update", "this change": an article or a noun before the word makes it a noun. */
    private boolean notAVerb(Mark verb) {
        for (Mark before : marks(NOT_VERB).endingIn(verb.first() - 1, verb.first() - 1)) {
            if (sameClause(before.last(), verb.first())) {
                return true;
            }
        }
        return false;
    }

    private void markChanged(int firstWord, int lastWord, int start, int end) {
        Span span = span(start, end);
        for (Mark r : reviews.startingIn(firstWord, lastWord)) {
            changed.putIfAbsent(r, span);
            changedSentence[r.sentence()] = true;
        }
        manipulations.add(new Manipulation(Kind.CHANGE, start, end, span.words()));
    }

    /** "Take it down": a manipulation when the same or the previous sentence is about a review. */
    private List<Span> findPronounChanges() {
        List<Span> pending = new ArrayList<>();
        for (Mark verb : marks(CHANGE_IT).all()) {
            if (negated(verb, NEGATION_WORDS)) {
                continue;
            }
            int s = verb.sentence();
            boolean aboutReview = reviews.anyStartingIn(sentenceFirst[s], verb.first() - 1)
                    || s > 0 && reviews.inSentence(s - 1);
            if (aboutReview) {
                manipulations.add(new Manipulation(Kind.CHANGE, verb.start(), verb.end(), words(verb)));
            } else {
                pending.add(span(verb.start(), verb.end()));
            }
        }
        return pending;
    }

    /**
     * "Please don't leave a negative review", "instead of leaving a bad review". The reviews these
     * words, and the gating ones ("before leaving a review"), steer away from are no requests.
     */
    private void findDiscouragement() {
        Marks negatives = marks(NEGATIVE);
        Marks rated = Marks.union(sentences, negatives, reviews);
        for (Mark d : marks(DISCOURAGE).all()) {
            Mark target = negatives.firstStartingIn(d.last() + 1, d.last() + 1 + DISCOURAGE_GAP);
            if (target == null || !sameClause(d.last(), target.first())) {
                continue;
            }
            Mark last = target;
            for (Mark t : rated.startingIn(target.first(), target.last() + 1)) {
                last = t.end() > last.end() ? t : last;
            }
            Span span = span(d.start(), last.end());
            for (Mark r : reviews.startingIn(d.last() + 1, last.last())) {
                changed.putIfAbsent(r, span);
            }
            manipulations.add(new Manipulation(Kind.DISCOURAGE, d.start(), last.end(), span.words()));
        }
        for (Mark first : marks(GATING_FIRST).all()) {
            Mark r = steeredReview(first);
            if (r != null) {
                changed.putIfAbsent(r, span(first.start(), r.end()));
            }
        }
    }

    /** The review "before leaving (a review)" / "instead of posting (a review)" refers to. */
    private Mark steeredReview(Mark first) {
        Mark r = reviews.firstStartingIn(first.first(), first.last() + 1 + DISCOURAGE_GAP);
        return r != null && sameClause(first.last(), r.first()) && r.last() > first.last() ? r : null;
    }

    /** A positive rating aimed at the review the message asks for. */
    private void findPositives() {
        for (Mark p : marks(POSITIVE).all()) {
            if (negated(p, NEGATION_WORDS) || thanked(p)) {
                continue;
            }
            int s = p.sentence();
            int start = p.start();
            int end = p.end();
            Mark r = null;
            for (Mark near : reviewsNear(p)) {
                r = near;
                start = Math.min(start, near.start());
                end = Math.max(end, near.end());
            }
            Mark ask = askBefore(p);
            boolean found;
            if (ask != null) {
                start = Math.min(start, ask.start());
                found = true;
            } else if (r != null) {
                found = cues.inSentence(s) || marks(CHANGE).inSentence(s) || marks(CONDITION).inSentence(s)
                        || marks(REQUEST).inSentence(s);
            } else {
                found = marks(APPEAL).inSentence(s);
            }
            if (found) {
                manipulations.add(new Manipulation(Kind.POSITIVE, start, end, words(start, end)));
            }
        }
    }

    /** Review words overlapping or within a couple of words of {@code p}, in its clause. */
    private List<Mark> reviewsNear(Mark p) {
        List<Mark> near = new ArrayList<>();
        for (Mark r : reviews.endingIn(p.first() - 1 - POSITIVE_REVIEW_GAP, p.last() + 1 + POSITIVE_REVIEW_GAP)) {
            boolean close = r.overlaps(p)
                    || r.first() > p.last() && r.first() - p.last() - 1 <= POSITIVE_REVIEW_GAP
                    || r.last() < p.first() && p.first() - r.last() - 1 <= POSITIVE_REVIEW_GAP;
            if (close && sameClause(Math.min(r.first(), p.first()), Math.max(r.last(), p.last()))) {
                near.add(r);
            }
        }
        return near;
    }

    /** An asking verb or request phrase right before {@code p}: "leave us ★★★★★", "give it 5 stars". */
    private Mark askBefore(Mark p) {
        Mark found = null;
        for (Marks list : new Marks[] {cues, marks(REQUEST)}) {
            for (Mark ask : list.endingIn(p.first() - 1 - POSITIVE_ASK_GAP, p.first() - 1)) {
                boolean verb = list != cues || marks(ASK).anyCovering(ask);
                if (verb && sameClause(ask.last(), p.first())) {
                    found = found == null || ask.last() > found.last() ? ask : found;
                }
            }
        }
        return found;
    }

    /**
     * Review gating: "contact us first" / "before you post" near a review request or a review in
     * its sentence, or a happy condition followed by an unhappy one around a review request.
     */
    private void findGating() {
        Marks happy = marks(GATING_HAPPY);
        for (Mark first : marks(GATING_FIRST).all()) {
            int s = first.sentence();
            if (!reviews.inSentence(s) && !requestNear(s - GATING_SENTENCES, s + GATING_SENTENCES)) {
                continue;
            }
            Mark from = happy.lastStartingIn(sentenceFirst[Math.max(0, s - GATING_SENTENCES)], first.first() - 1);
            if (from == null) {
                from = marks(GATING_UNHAPPY).lastStartingIn(sentenceFirst[s], first.first() - 1);
            }
            // "before leaving a review": the review it steers away from belongs to the words.
            Mark r = steeredReview(first);
            addGating(from, r != null ? new Mark(first.start(), ratedEnd(r), first.first(), r.last(), s) : first);
        }
        for (Mark unhappy : marks(GATING_UNHAPPY).all()) {
            int s = unhappy.sentence();
            if (marks(GATING_FIRST).inSentence(s)) {
                continue; // "If not, contact us first": the steering words above say it better
            }
            Mark from = happy.lastStartingIn(sentenceFirst[Math.max(0, s - GATING_SENTENCES)], unhappy.first() - 1);
            if (from != null && from.last() < unhappy.first()
                    && (requestNear(from.sentence(), s) || reviews.anyStartingIn(sentenceFirst[from.sentence()], sentenceLast[s]))) {
                addGating(from, unhappy);
            }
        }
    }

    private void addGating(Mark from, Mark to) {
        if (from == null || from.last() >= to.first()) {
            manipulations.add(new Manipulation(Kind.GATING, to.start(), to.end(), words(to)));
        } else {
            manipulations.add(new Manipulation(Kind.GATING, from.start(), to.end(), words(from) + " … " + words(to)));
        }
    }

    private boolean requestNear(int fromSentence, int toSentence) {
        for (int s = Math.max(0, fromSentence); s <= Math.min(sentences - 1, toSentence); s++) {
            if (requestSentence[s]) {
                return true;
            }
        }
        return false;
    }

    /** "In your review, please mention the fast delivery." */
    private void findInstructions() {
        for (Mark instruct : marks(INSTRUCT).all()) {
            int s = instruct.sentence();
            Mark r = null;
            for (Mark candidate : open.startingIn(instruct.first() - INSTRUCT_WORDS, instruct.last() + INSTRUCT_WORDS)) {
                if (candidate.sentence() == s && (r == null
                        || distance(candidate, instruct) < distance(r, instruct))) {
                    r = candidate;
                }
            }
            if (r != null) {
                int start = Math.min(r.start(), instruct.start());
                int end = Math.max(r.end(), instruct.end());
                manipulations.add(new Manipulation(Kind.INSTRUCT, start, end, words(start, end)));
            } else if (requestNear(s - 1, s)) {
                manipulations.add(new Manipulation(Kind.INSTRUCT, instruct.start(), instruct.end(), words(instruct)));
            }
        }
    }

    // --- requests ---------------------------------------------------------------------------------

    private List<Request> findRequests() {
        List<int[]> spans = new ArrayList<>();
        for (Mark r : open.all()) {
            if (changed.containsKey(r) || toSeller(r)) {
                continue;
            }
            Mark before = null;
            for (Mark cue : cues.endingIn(r.first() - REQUEST_WORDS, r.first() - 1)) {
                if (sameClause(cue.last(), r.first()) && !cue.overlaps(r) && !negationBetween(cue, r)) {
                    before = before == null || cue.last() > before.last() ? cue : before;
                }
            }
            Mark after = null;
            if (before == null) {
                for (Mark cue : cues.startingIn(r.last() + 1, r.last() + REQUEST_WORDS)) {
                    if (sameClause(r.last(), cue.first())) {
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
        for (Mark q : marks(REQUEST).all()) {
            if (!negated(q, CUE_NEGATION_WORDS) && !thanked(q) && !toSeller(q)) {
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
            requestSentence[span[2]] = true;
            requests.add(new Request(span[0], span[1], words(span[0], span[1])));
        });
        for (Request request : requests) {
            for (Mark r : open.startingIn(words.at(request.start()), words.at(request.end() - 1))) {
                requested.putIfAbsent(r, span(request.start(), request.end()));
            }
        }
        return requests;
    }

    /**
     * Feedback the seller asks for in this conversation, not a review: "we'd love your feedback on
     * the fit so we can help with sizing", "donner votre avis sur la taille en répondant".
     */
    private boolean toSeller(Mark r) {
        for (Mark m : marks(TO_SELLER).startingIn(r.last() + 1, r.last() + TO_SELLER_WORDS)) {
            if (sameClause(r.last(), m.first())) {
                return true;
            }
        }
        return false;
    }

    /** "Please do not leave a review": a negation between the asking word and the review. */
    private boolean negationBetween(Mark cue, Mark r) {
        for (Mark negation : marks(NEGATION).startingIn(cue.last() + 1, r.first() - 1)) {
            if (!marks(POLITE).anyCovering(negation)) {
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
            for (Mark m : cues.endingIn(current.first() - 2, current.first() - 1)) {
                if (sameClause(m.last(), current.first()) && (previous == null || m.first() < previous.first())) {
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
            for (Mark m : cues.startingIn(cue.first(), last + 2)) {
                if (m.last() > last && sameClause(last, m.first()) && (next == null || m.last() > next.last())) {
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

    // --- incentives -------------------------------------------------------------------------------

    private List<Incentive> findIncentives() {
        List<Incentive> incentives = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            if (!benefits.inSentence(s) || marks(INDEPENDENT).inSentence(s)) {
                continue;
            }
            List<Mark> inSentence = benefits.inSentence(s, sentenceFirst[s], sentenceLast[s]);
            Mark review = null;
            Mark tie = null;
            String action = null;
            // (a) a condition whose clause holds the review: "if you update your review", "Si elimina su reseña".
            for (Mark condition : marks(CONDITION).inSentence(s, sentenceFirst[s], sentenceLast[s])) {
                if (marks(THANKS).anyOverlapping(condition)) {
                    continue;
                }
                Mark r = reviews.firstStartingIn(condition.first(), condition.last() + CONDITION_WORDS);
                if (r != null && sameClause(condition.last(), r.first())
                        && !marks(APPEAL).anyStartingIn(condition.last() + 1, r.first() - 1) && actedOn(condition, r)) {
                    review = r;
                    tie = condition;
                    action = words(Math.min(condition.start(), r.start()), r.end());
                    break;
                }
            }
            // (b) a link in the sentence: "and get", "as a thank-you", "in exchange for".
            if (review == null && reviews.inSentence(s)) {
                for (Mark link : marks(LINK).inSentence(s, sentenceFirst[s], sentenceLast[s])) {
                    if (!marks(THANKS).anyOverlapping(link)) {
                        review = nearest(reviews.inSentence(s, sentenceFirst[s], sentenceLast[s]), link);
                        tie = link;
                        break;
                    }
                }
            }
            // (c) "for" between a benefit and a review a few words apart.
            if (review == null) {
                for (Mark b : inSentence) {
                    Mark r = forTied(b);
                    if (r != null) {
                        review = r;
                        break;
                    }
                }
            }
            // (d) a link after a sentence that asks for a review: "Leave a review. In return, ...".
            if (review == null && s > 0 && (requestSentence[s - 1] || hasChangedIn(s - 1))) {
                for (Mark link : marks(LINK).inSentence(s, sentenceFirst[s], sentenceLast[s])) {
                    if (!marks(THANKS).anyOverlapping(link)) {
                        review = lastAskedIn(s - 1);
                        tie = link;
                        break;
                    }
                }
            }
            if (review == null) {
                continue;
            }
            if (action == null || changed.containsKey(review) || requested.containsKey(review)) {
                action = actionOf(review);
            }
            int start = review.start();
            int end = review.end();
            Span asked = changed.containsKey(review) ? changed.get(review) : requested.get(review);
            if (asked != null) {
                start = Math.min(start, asked.start());
                end = Math.max(end, asked.end());
            }
            if (tie != null) {
                start = Math.min(start, tie.start());
                end = Math.max(end, tie.end());
            }
            for (Mark b : inSentence) {
                start = Math.min(start, b.start());
                end = Math.max(end, b.end());
            }
            incentives.add(new Incentive(start, end, quoted(inSentence), action));
        }
        return incentives;
    }

    /**
     * The condition is about writing or changing the review, not about anything else that names
     * one ("if you have questions about reviews"): the review is asked for or changed, or a verb
     * of writing stands between the condition and it, or right after it ("eine Bewertung hinterlassen").
     */
    private boolean actedOn(Mark condition, Mark r) {
        if (changed.containsKey(r) || requested.containsKey(r)) {
            return true;
        }
        for (Marks verbs : new Marks[] {marks(ASK), marks(ACT), marks(CHANGE)}) {
            for (Mark verb : verbs.startingIn(condition.first(), r.last() + ACT_AFTER_WORDS)) {
                if (sameClause(verb.first(), r.first()) && !verb.overlaps(condition)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A review within {@link #FOR_WORDS} of the benefit with "for" between: "a gift card for your review". */
    private Mark forTied(Mark b) {
        for (Mark r : reviews.startingIn(b.first() - FOR_WORDS - 8, b.last() + FOR_WORDS)) {
            if (r.sentence() != b.sentence() || r.overlaps(b)) {
                continue;
            }
            int from = r.first() > b.last() ? b.last() : r.last();
            int to = r.first() > b.last() ? r.first() : b.first();
            if (to - from - 1 > FOR_WORDS) {
                continue;
            }
            for (Mark f : marks(FOR).startingIn(from + 1, to - 1)) {
                if (!marks(THANKS).anyOverlapping(f)) {
                    return r;
                }
            }
        }
        return null;
    }

    private boolean hasChangedIn(int sentence) {
        return changedSentence[sentence];
    }

    /** The last review of a sentence that the message asks for or asks to change. */
    private Mark lastAskedIn(int sentence) {
        Mark found = null;
        for (Mark r : reviews.inSentence(sentence, sentenceFirst[sentence], sentenceLast[sentence])) {
            if (requested.containsKey(r) || changed.containsKey(r)) {
                found = r;
            }
        }
        return found != null ? found : reviews.lastStartingIn(sentenceFirst[sentence], sentenceLast[sentence]);
    }

    /** The review action as written: "change your review", "Leave a review", or the review word. */
    private String actionOf(Mark review) {
        Span span = changed.containsKey(review) ? changed.get(review) : requested.get(review);
        return span != null ? span.words() : words(review);
    }

    /** Words between two marks; 0 when they touch or overlap. */
    private static int distance(Mark a, Mark b) {
        return Math.max(0, Math.max(a.first() - b.last(), b.first() - a.last()) - 1);
    }

    private static Mark nearest(List<Mark> candidates, Mark to) {
        Mark best = null;
        int distance = Integer.MAX_VALUE;
        for (Mark m : candidates) {
            int d = Math.abs(m.first() - to.first());
            if (d < distance) {
                best = m;
                distance = d;
            }
        }
        return best;
    }

    /** The benefits of a sentence as written, overlapping ones once (the longest), at most a few. */
    private String quoted(List<Mark> benefits) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> quoted = new ArrayList<>();
        Mark current = null;
        for (Mark b : benefits) {
            if (current != null && current.overlaps(b)) {
                if (b.end() - b.start() > current.end() - current.start()) {
                    current = b;
                }
                continue;
            }
            if (current != null && seen.add(words(current).toLowerCase(Locale.ROOT))) {
                quoted.add(words(current));
            }
            current = b;
        }
        if (current != null && seen.add(words(current).toLowerCase(Locale.ROOT))) {
            quoted.add(words(current));
        }
        return String.join(", ", quoted.subList(0, Math.min(QUOTED_BENEFITS, quoted.size())));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Marks marks(String termClass) {
        return marks.get(termClass);
    }

    private boolean sameClause(int wordA, int wordB) {
        return words.clause(wordA) == words.clause(wordB);
    }

    private Span span(int start, int end) {
        return new Span(start, end, words(start, end));
    }

    private String words(Mark m) {
        return words(m.start(), m.end());
    }

    /** The original text behind match-text characters {@code [start, end)}. */
    private String words(int start, int end) {
        int from = text.view().originalStart(start);
        return text.view().original().substring(from, Math.max(from, originalEnd(text, end)));
    }

    /**
     * Where match-text span ending at {@code end} ends in the original text, with the variation
     * selectors, skin tones and keycap marks that belong to its last pictograph ("⭐️" stays whole).
     */
    static int originalEnd(MatchText text, int end) {
        String original = text.view().original();
        int to = text.view().originalEnd(end);
        while (to < original.length()) {
            int cp = original.codePointAt(to);
            if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF || cp == 0x20E3) {
                to += Character.charCount(cp);
            } else {
                break;
            }
        }
        return to;
    }

    /** Overlapping manipulations become one, of the kind found first; in text order. */
    private List<Manipulation> merged(List<Manipulation> found) {
        List<Manipulation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Manipulation::start).thenComparingInt(Manipulation::end));
        List<Manipulation> merged = new ArrayList<>();
        for (Manipulation m : sorted) {
            Manipulation last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m.start() < last.end()) {
                if (m.end() > last.end()) {
                    String quoted = last.kind() == Kind.GATING ? last.words() : words(last.start(), m.end());
                    merged.set(merged.size() - 1, new Manipulation(last.kind(), last.start(), m.end(), quoted));
                }
            } else {
                merged.add(m);
            }
        }
        return List.copyOf(merged);
    }
}
