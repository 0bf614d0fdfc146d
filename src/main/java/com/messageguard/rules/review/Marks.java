package com.messageguard.rules.review;

import com.messageguard.lexicon.PhraseHit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The hits of one term class in one field, with their word positions, sorted by first word, so
 * a rule asks "is there one within three words before this one" with a binary search instead of
 * a scan: every query costs a logarithm plus the hits in its window.
 */
final class Marks {

    /** One phrase found: match-text offsets {@code [start, end)} and its first and last word. */
    record Mark(int start, int end, int first, int last, int sentence) {

        boolean overlaps(Mark other) {
            return start < other.end && other.start < end;
        }

        boolean covers(Mark other) {
            return start <= other.start && other.end <= end;
        }
    }

    /** Created once: a comparator built per call showed up among the allocations of every check. */
    private static final Comparator<Mark> BY_FIRST_WORD =
            Comparator.comparingInt(Mark::first).thenComparingInt(Mark::start).thenComparingInt(m -> -m.end);
    private static final Comparator<Mark> BY_OFFSETS = Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end);

    private final List<Mark> marks;
    private final int[] firsts;
    private final int longest;
    private final int[] perSentence;

    private Marks(List<Mark> marks, int sentences) {
        marks.sort(BY_FIRST_WORD);
        this.marks = marks.isEmpty() ? List.of() : marks; // the empty one is shared (NONE): no caller may add to it
        this.firsts = new int[marks.size()];
        int most = 0;
        this.perSentence = new int[Math.max(1, sentences)];
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            firsts[i] = m.first;
            most = Math.max(most, m.last - m.first);
            perSentence[m.sentence]++;
        }
        this.longest = most;
    }

    /** The marks of a class without hits, most classes in most fields: shared, as nothing changes it. */
    private static final Marks NONE = new Marks(new ArrayList<>(), 0);

    static Marks of(List<PhraseHit> hits, Words words) {
        if (hits.isEmpty()) {
            return NONE;
        }
        List<Mark> marks = new ArrayList<>(hits.size());
        int previousStart = Integer.MAX_VALUE;
        int first = 0;
        for (PhraseHit hit : hits) {
            // Hits come sorted by start: each first word is at or after the one before.
            first = hit.start() >= previousStart ? words.atOrAfter(hit.start(), first) : words.at(hit.start());
            previousStart = hit.start();
            int last = words.atOrAfter(hit.end() - 1, first);
            marks.add(new Mark(hit.start(), hit.end(), first, last, words.sentence(first)));
        }
        return new Marks(dropDuplicates(marks), words.sentenceCount());
    }

    /** The marks of this list that pass {@code keep}. */
    Marks filter(Predicate<Mark> keep, int sentences) {
        List<Mark> kept = new ArrayList<>();
        for (Mark m : marks) {
            if (keep.test(m)) {
                kept.add(m);
            }
        }
        return new Marks(kept, sentences);
    }

    static Marks union(int sentences, Marks... lists) {
        List<Mark> all = new ArrayList<>();
        for (Marks list : lists) {
            all.addAll(list.marks);
        }
        return new Marks(dropDuplicates(all), sentences);
    }

    List<Mark> all() {
        return marks;
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    boolean inSentence(int sentence) {
        return sentence >= 0 && sentence < perSentence.length && perSentence[sentence] > 0;
    }

    /** Marks whose first word lies in {@code [from, to]}, in order. */
    List<Mark> startingIn(int from, int to) {
        List<Mark> found = new ArrayList<>();
        for (int i = lowerBound(from); i < marks.size() && firsts[i] <= to; i++) {
            found.add(marks.get(i));
        }
        return found;
    }

    /** Marks whose last word lies in {@code [from, to]}, in order of their first word. */
    List<Mark> endingIn(int from, int to) {
        List<Mark> found = new ArrayList<>();
        for (int i = lowerBound(from - longest); i < marks.size() && firsts[i] <= to; i++) {
            Mark m = marks.get(i);
            if (m.last >= from && m.last <= to) {
                found.add(m);
            }
        }
        return found;
    }

    /** Whether a mark's first word lies in {@code [from, to]}. */
    boolean anyStartingIn(int from, int to) {
        int i = lowerBound(from);
        return from <= to && i < marks.size() && firsts[i] <= to;
    }

    /** The first mark (by first word) whose first word lies in {@code [from, to]}, or null. */
    Mark firstStartingIn(int from, int to) {
        int i = lowerBound(from);
        return from <= to && i < marks.size() && firsts[i] <= to ? marks.get(i) : null;
    }

    /** The mark with the greatest first word in {@code [from, to]}, or null. */
    Mark lastStartingIn(int from, int to) {
        if (from > to) {
            return null;
        }
        int i = lowerBound(to + 1) - 1;
        return i >= 0 && firsts[i] >= from ? marks.get(i) : null;
    }

    /** Marks that share a character with {@code other}. */
    List<Mark> overlapping(Mark other) {
        List<Mark> found = new ArrayList<>();
        for (int i = lowerBound(other.first - longest); i < marks.size() && firsts[i] <= other.last; i++) {
            if (marks.get(i).overlaps(other)) {
                found.add(marks.get(i));
            }
        }
        return found;
    }

    boolean anyOverlapping(Mark other) {
        return !overlapping(other).isEmpty();
    }

    boolean anyCovering(Mark other) {
        for (Mark m : overlapping(other)) {
            if (m.covers(other)) {
                return true;
            }
        }
        return false;
    }

    /** Marks in sentence {@code sentence}, given the words of that sentence {@code [first, last]}. */
    List<Mark> inSentence(int sentence, int first, int last) {
        return inSentence(sentence) ? startingIn(first, last) : List.of();
    }

    private int lowerBound(int word) {
        int i = Arrays.binarySearch(firsts, Math.max(word, 0));
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && firsts[i - 1] == firsts[i]) {
            i--;
        }
        return i;
    }

    /** The same phrase can be found twice (two entries of a class match it); keep one. */
    private static List<Mark> dropDuplicates(List<Mark> marks) {
        if (marks.size() < 2) {
            return marks;
        }
        marks.sort(BY_OFFSETS);
        List<Mark> unique = new ArrayList<>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            Mark previous = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (previous == null || previous.start != m.start || previous.end != m.end) {
                unique.add(m);
            }
        }
        return unique;
    }
}
