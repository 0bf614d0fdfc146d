package com.messageguard.detect.contact;

import com.messageguard.text.Elisions;
import com.messageguard.text.MatchText;
import com.messageguard.text.WordSignatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A short list of phrases of a detector's word list ({@code contact.yaml}), matched whole-word on a
 * field's {@link MatchText}: lower case, hyphens inside words dropped, one space between words, a
 * phrase never running over a sentence end. One pass over the words: a word is looked up only
 * when its signature may be a phrase's first word, and the few phrases starting with it are
 * compared in place, longest first; the longest one that matches is the hit. A word after an
 * elided article or preposition of the packs is matched without it ("d'écrire" as "écrire").
 */
public final class WordPhrases {

    /** A hit: words {@code first} to {@code last} (inclusive) of the match text. */
    public record Hit(int first, int last) {
    }

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    /**
     * One-word entries written with a final {@code *}: stems that match every word they begin
     * ("escríb*": escríbanos, escríbenos, escribir's accented forms), by their first character.
     */
    private final Map<Character, List<String>> stemsByFirstChar = new HashMap<>();
    private final WordSignatures signatures = new WordSignatures();
    private final int longestFirstWord;

    private final Elisions elisions;

    public WordPhrases(List<String> phrases) {
        this(phrases, Elisions.NONE);
    }

    /** With {@code elisions}, a word that opens with one is matched from after it too. */
    public WordPhrases(List<String> phrases, Elisions elisions) {
        this.elisions = elisions;
        int longest = 0;
        for (String phrase : phrases) {
            boolean stem = isStem(phrase);
            String canonical = canonical(phrase);
            if (canonical.isEmpty()) {
                continue;
            }
            if (stem) {
                if (canonical.indexOf(MatchText.WORD_GAP) >= 0) {
                    throw new IllegalArgumentException("only one-word entries may end in '*': " + phrase);
                }
                stemsByFirstChar.computeIfAbsent(canonical.charAt(0), c -> new ArrayList<>()).add(canonical);
                continue;
            }
            String[] words = canonical.split(String.valueOf(MatchText.WORD_GAP));
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            signatures.add(words[0]);
            longest = Math.max(longest, words[0].length());
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> -w.length)));
        this.longestFirstWord = longest;
    }

    /** The hits in {@code text}, in order; they never overlap. */
    public List<Hit> find(MatchText text) {
        List<Hit> hits = new ArrayList<>();
        String t = text.text();
        int words = text.wordCount();
        int w = 0;
        while (w < words) {
            int start = text.wordStart(w);
            int end = text.wordEnd(w);
            int last = -1;
            if (end - start <= longestFirstWord && signatures.mightContain(t, start, end)) {
                List<String[]> candidates = byFirstWord.get(t.substring(start, end));
                if (candidates != null) {
                    last = longestMatch(text, w, candidates);
                }
            }
            if (last < 0 && startsWithStem(t, start, end)) {
                last = w;
            }
            int elided = last < 0 && !elisions.isEmpty() ? elisions.after(t, start, end) : -1;
            if (elided > 0) {
                List<String[]> candidates = byFirstWord.get(t.substring(elided, end));
                last = candidates == null ? -1 : longestMatch(text, w, candidates);
                if (last < 0 && startsWithStem(t, elided, end)) {
                    last = w;
                }
            }
            if (last >= 0) {
                hits.add(new Hit(w, last));
                w = last + 1;
            } else {
                w++;
            }
        }
        return hits;
    }

    /** The last word of the longest candidate that matches from word {@code w}, or -1. */
    private static int longestMatch(MatchText text, int w, List<String[]> candidates) {
        String t = text.text();
        for (String[] phrase : candidates) {
            if (w + phrase.length > text.wordCount()) {
                continue;
            }
            boolean matches = true;
            for (int k = 1; k < phrase.length && matches; k++) {
                int at = text.wordStart(w + k);
                matches = at == text.wordEnd(w + k - 1) + 1 && t.charAt(at - 1) == MatchText.WORD_GAP
                        && text.wordEnd(w + k) - at == phrase[k].length() && t.startsWith(phrase[k], at);
            }
            if (matches) {
                return w + phrase.length - 1;
            }
        }
        return -1;
    }

    /** Whether a listed entry is a stem: one word ending in {@code *}. */
    static boolean isStem(String phrase) {
        return phrase.strip().endsWith("*");
    }

    /** An entry as it is matched: its canonical words, a stem without its {@code *}. */
    static String canonical(String phrase) {
        return MatchText.canonical(isStem(phrase) ? phrase.strip().replace("*", "") : phrase);
    }

    private boolean startsWithStem(String t, int start, int end) {
        List<String> stems = stemsByFirstChar.isEmpty() ? null : stemsByFirstChar.get(t.charAt(start));
        if (stems != null) {
            for (String stem : stems) {
                if (end - start >= stem.length() && t.startsWith(stem, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether no phrase is listed. */
    public boolean isEmpty() {
        return byFirstWord.isEmpty() && stemsByFirstChar.isEmpty();
    }
}
