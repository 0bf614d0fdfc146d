package com.messageguard.rules.review;

import com.messageguard.lexicon.Lexicon;
import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Span;
import com.messageguard.text.MatchText;
import java.util.HashMap;
import java.util.Map;

/**
 * One text field as the review finders read it: its words, sentences and clauses, the marks of
 * every review term class in one language, and the way from match-text offsets back to the
 * original wording. Built once per field and language, so no finder cuts the text or looks up
 * phrases again.
 */
final class ReviewField {

    final MatchText text;
    final Words words;
    /** The number of sentences, at least one. */
    final int sentences;
    private final int[] sentenceFirst;
    private final int[] sentenceLast;
    /** Sized for every class at once (load factor 0.75): grown from the default size it would be rehashed twice. */
    private final Map<String, Marks> marks = new HashMap<>(ReviewLanguage.CLASSES.size() * 4 / 3 + 1);

    ReviewField(Lexicon.FieldPhrases phrases, String language) {
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
    }

    /** The hits of one term class ({@link ReviewLanguage#CLASSES}), as the pack found them. */
    Marks marks(String termClass) {
        return marks.get(termClass);
    }

    /** The first word of sentence {@code s}. */
    int sentenceFirst(int s) {
        return sentenceFirst[s];
    }

    /** The last word of sentence {@code s}. */
    int sentenceLast(int s) {
        return sentenceLast[s];
    }

    boolean sameClause(int wordA, int wordB) {
        return words.clause(wordA) == words.clause(wordB);
    }

    Span span(int start, int end) {
        return new Span(start, end, words(start, end));
    }

    String words(Mark m) {
        return words(m.start(), m.end());
    }

    /** The original text behind match-text characters {@code [start, end)}. */
    String words(int start, int end) {
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
}
