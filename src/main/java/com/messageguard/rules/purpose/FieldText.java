package com.messageguard.rules.purpose;

import com.messageguard.engine.Analysis;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.TextField;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import com.messageguard.text.MatchText;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One text field as the purpose rules read it: its match text, its words, and the phrase hits of
 * the draft's language grouped by term class and sorted by start. Offers the few relations the
 * rules combine hits with (same sentence, words apart, a clause break between, negated) and maps
 * spans back to the original text. Built once per field and language; everything is linear in the field.
 */
final class FieldText {

    /** No phrase of a pack is longer than this many characters or words; bounds the look-back. */
    private static final int LONGEST_PHRASE = 64;
    private static final int LONGEST_PHRASE_WORDS = 10;

    private final TextField field;
    private final MatchText text;
    private final String language;
    private final Lexicon.FieldPhrases phrases;
    /** By identity: rules ask with string literals (see PhraseMatcher); a built name just misses. */
    private final Map<String, List<PhraseHit>> hits = new IdentityHashMap<>();
    private List<PhraseHit> negations;

    private FieldText(TextField field, Lexicon.FieldPhrases phrases, String language) {
        this.field = field;
        this.text = phrases.text();
        this.phrases = phrases;
        this.language = language;
    }

    private static final Analysis<TextField, Map<String, FieldText>> BY_LANGUAGE =
            new Analysis<>("purpose text", field -> new HashMap<>(2));
    private static final String EVERY_LANGUAGE = "";

    /**
     * The field with the hits of {@code language}, or of every language when it is null; built
     * once per field and language and shared by the purpose rules.
     */
    static FieldText of(Lexicon lexicon, TextField field, String language) {
        return field.analysis(BY_LANGUAGE).computeIfAbsent(language == null ? EVERY_LANGUAGE : language,
                l -> new FieldText(field, lexicon.phrases(field), language));
    }

    TextField field() {
        return field;
    }

    MatchText text() {
        return text;
    }

    String language() {
        return language;
    }

    /** The hits of a term class in the draft's language, sorted by start. */
    List<PhraseHit> hits(String termClass) {
        // Rules ask for the same classes again and again (per sentence, per hit): look up once.
        // A plain get, not computeIfAbsent: its lambda would capture this and be allocated per call.
        List<PhraseHit> found = hits.get(termClass);
        if (found == null) {
            found = language == null ? phrases.ofEveryLanguage(termClass) : phrases.of(termClass, language);
            hits.put(termClass, found);
        }
        return found;
    }

    /** The negations that negate: not those of an encouragement ("don't hesitate to cancel"). */
    List<PhraseHit> negations() {
        if (negations == null) {
            negations = PhraseHit.notInside(hits(Lexicon.NEGATION), hits(Lexicon.ENCOURAGE));
        }
        return negations;
    }

    int wordCount() {
        return text.wordCount();
    }

    int wordStart(int word) {
        return text.wordStart(word);
    }

    int wordEnd(int word) {
        return text.wordEnd(word);
    }

    /** The word holding offset {@code at} of the match text (or the last word before it). */
    int wordAt(int at) {
        int lo = 0;
        int hi = text.wordCount() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (text.wordStart(mid) <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The first word of a hit. */
    int firstWord(PhraseHit hit) {
        return wordAt(hit.start());
    }

    /** The last word of a hit. */
    int lastWord(PhraseHit hit) {
        return wordAt(hit.end() - 1);
    }

    /** The text of a word of the match text (lower case). */
    String word(int word) {
        return text.text().substring(text.wordStart(word), text.wordEnd(word));
    }

    int sentenceOf(PhraseHit hit) {
        return text.sentenceAt(hit.start());
    }

    int sentenceOfWord(int word) {
        return text.sentenceAt(text.wordStart(word));
    }

    /** Words from the end of {@code before} to the start of {@code after}: 0 when they touch or overlap. */
    int wordsBetween(PhraseHit before, PhraseHit after) {
        return Math.max(0, firstWord(after) - lastWord(before) - 1);
    }

    static boolean overlaps(PhraseHit a, PhraseHit b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    static boolean overlapsAny(PhraseHit hit, List<PhraseHit> others) {
        // Phrases are short: a hit that overlaps this one starts at most a few dozen characters before it.
        for (int i = Math.max(0, firstAtOrAfter(others, hit.start() - LONGEST_PHRASE)); i < others.size(); i++) {
            PhraseHit other = others.get(i);
            if (other.start() >= hit.end()) {
                break;
            }
            if (overlaps(hit, other)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first hit (sorted by start) that starts at or after {@code at}. */
    static int firstAtOrAfter(List<PhraseHit> hits, int at) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int originalStart(int at) {
        return text.view().originalStart(at);
    }

    int originalEnd(int end) {
        return text.view().originalEnd(end);
    }

    /** Whether the original text between match-text offsets {@code from} and {@code to} holds a clause break. */
    boolean clauseBreakBetween(int from, int to) {
        return text.clauseBreakBetween(from, to);
    }

    /**
     * Whether one of {@code markers} ends before {@code hit} in the same sentence, at most
     * {@code window} words before it and with no clause break between; markers that overlap one of
     * {@code exempt} (e.g. the "don't" of "don't miss") do not count.
     */
    boolean precededBy(PhraseHit hit, List<PhraseHit> markers, int window, List<PhraseHit> exempt) {
        int sentence = sentenceOf(hit);
        int first = firstWord(hit);
        for (int i = firstAtOrAfter(markers, hit.start()) - 1; i >= 0; i--) {
            PhraseHit marker = markers.get(i);
            if (first - firstWord(marker) > window + LONGEST_PHRASE_WORDS || sentenceOf(marker) != sentence) {
                break;
            }
            if (marker.end() > hit.start() || first - lastWord(marker) - 1 > window) {
                continue;
            }
            if (!clauseBreakBetween(marker.end(), hit.start()) && !overlapsAny(marker, exempt)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hit of {@code others} in the same sentence as {@code hit}, not overlapping it and at most
     * {@code window} words before or after it, fewest words away; null when there is none.
     */
    PhraseHit nearestInSentence(PhraseHit hit, List<PhraseHit> others, int window) {
        int sentence = sentenceOf(hit);
        int from = wordStart(Math.max(0, firstWord(hit) - window - LONGEST_PHRASE_WORDS));
        int to = wordEnd(Math.min(wordCount() - 1, lastWord(hit) + window + 1));
        PhraseHit best = null;
        int bestDistance = window + 1;
        for (int i = firstAtOrAfter(others, from); i < others.size() && others.get(i).start() < to; i++) {
            PhraseHit other = others.get(i);
            if (overlaps(hit, other) || sentenceOf(other) != sentence) {
                continue;
            }
            int distance = other.start() < hit.start() ? wordsBetween(other, hit) : wordsBetween(hit, other);
            if (distance < bestDistance) {
                best = other;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The span of {@code hit} widened by every hit of {@code others} that overlaps it ("your next" + "next order"). */
    PhraseHit widen(PhraseHit hit, List<PhraseHit> others) {
        int start = hit.start();
        int end = hit.end();
        for (int i = Math.max(0, firstAtOrAfter(others, start - LONGEST_PHRASE)); i < others.size(); i++) {
            PhraseHit other = others.get(i);
            if (other.start() >= end) {
                break;
            }
            if (other.end() > start) {
                start = Math.min(start, other.start());
                end = Math.max(end, other.end());
            }
        }
        return new PhraseHit(hit.termClass(), hit.language(), start, end, hit.phrase());
    }

    /** Whether one of {@code hits} (sorted by start) starts in sentence {@code sentence}. */
    boolean inSentence(List<PhraseHit> hits, int sentence) {
        int i = firstAtOrAfter(hits, text.sentenceStart(sentence));
        return i < hits.size() && hits.get(i).start() < text.sentenceEnd(sentence);
    }

    /** The hits of {@code hits} (sorted by start) that start in sentence {@code sentence}. */
    List<PhraseHit> inSentenceAll(List<PhraseHit> hits, int sentence) {
        int from = firstAtOrAfter(hits, text.sentenceStart(sentence));
        int to = from;
        int end = text.sentenceEnd(sentence);
        while (to < hits.size() && hits.get(to).start() < end) {
            to++;
        }
        return hits.subList(from, to);
    }

    /** Original offsets of sentence {@code index}: from its first word to the next sentence (or the end). */
    int sentenceRegionStart(int index) {
        return originalStart(text.sentenceStart(index));
    }

    int sentenceRegionEnd(int index) {
        return index + 1 < text.sentenceCount()
                ? originalStart(text.sentenceStart(index + 1))
                : field.original().length();
    }

    /**
     * Whether the original text of sentence {@code index} (with its closing punctuation) asks a
     * question. An opening '¿' is not looked for: it lies before the sentence's first word, and a
     * Spanish question closes with '?' too.
     */
    boolean isQuestion(int index) {
        String original = field.original();
        int end = Math.min(sentenceRegionEnd(index), original.length());
        for (int i = sentenceRegionStart(index); i < end; i++) {
            char c = original.charAt(i);
            if (c == '?' || c == '\uFF1F') {
                return true;
            }
        }
        return false;
    }

    /**
     * The original end of match-text offset {@code end}, stretched over closing punctuation (". ! ?
     * …"), also when French typography puts a space before it ("commande !"); never past {@code limit}.
     */
    int originalEndWithPunctuation(int end, int limit) {
        String original = field.original();
        int stop = Math.min(limit, original.length());
        int result = originalEnd(end);
        for (int at = result; at < stop; at++) {
            char c = original.charAt(at);
            if (".!?\u2026".indexOf(c) >= 0) {
                result = at + 1;
            } else if (c != ' ' && c != '\u00A0' && c != '\u202F') {
                break;
            }
        }
        return result;
    }

    /** The original text of match-text span {@code [start, end)}. */
    String excerpt(int start, int end) {
        return field.original().substring(originalStart(start), originalEnd(end));
    }

    /** Reports match-text span {@code [start, end)} of this field. */
    void report(FindingSink findings, int start, int end, Map<String, Object> args) {
        findings.text(field, text.view(), start, end, null, args);
    }

}
