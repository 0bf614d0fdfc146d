package com.messageguard.intent;

import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import com.messageguard.text.MatchText;
import com.messageguard.text.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * What each sentence of one text field is for: the classifier's probabilities, read with the
 * thresholds of {@code rules/intents/settings.yaml} and the cue phrases of the draft's language.
 * Sentences are those of the field's match text ({@link MatchText#sentenceCount()}).
 */
public final class FieldIntents {

    private final Lexicon.FieldPhrases phrases;
    private final String language;
    private final List<String> names;
    private final SentenceScores scores;
    private final Map<String, IntentSettings.Intent> settings;
    private final int minWords;
    /** Per sentence, whether it has {@code minWords} distinct words: 1 yes, -1 no, 0 not counted yet. */
    private byte[] judged;
    /** The distinct words {@link #words} has seen so far, kept for the next count. */
    private final int[] distinct;

    FieldIntents(Lexicon.FieldPhrases phrases, String language, List<String> names, SentenceScores scores,
                 IntentSettings settings) {
        this.minWords = settings.minWords();
        this.distinct = new int[minWords];
        this.phrases = phrases;
        this.language = language;
        this.names = names;
        this.scores = scores;
        this.settings = settings.intents();
    }

    public MatchText text() {
        return phrases.text();
    }

    public int sentenceCount() {
        return scores.sentenceCount();
    }

    /** The classifier's probability that sentence {@code sentence} expresses {@code intent}. */
    public double score(int sentence, String intent) {
        int index = indexOf(intent);
        return index < 0 ? 0 : scores.alone(sentence)[index];
    }

    /**
     * The index of an intent among the model's: by identity first, as rules name intents with
     * string literals and the model's names are interned; a name built at run time is compared.
     */
    private int indexOf(String intent) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == intent) {
                return i;
            }
        }
        return names.indexOf(intent);
    }

    /** The most probable class of a sentence ({@code neutral} included). */
    public String top(int sentence) {
        double[] s = scores.alone(sentence);
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return names.get(best);
    }

    /** Whether a sentence has the words to be judged at all ({@code minWords}): shorter ones are never scored. */
    public boolean judged(int sentence) {
        if (judged == null) {
            judged = new byte[scores.sentenceCount()];
        }
        if (judged[sentence] == 0) {
            judged[sentence] = (byte) (words(sentence, sentence) >= minWords ? 1 : -1);
        }
        return judged[sentence] > 0;
    }

    /**
     * Whether a sentence expresses an intent: the classifier alone is sure enough ({@code threshold}),
     * or it leans that way ({@code withCue}) and one of the intent's cue phrases stands in the sentence.
     */
    public boolean expresses(int sentence, String intent) {
        // Short sentences are not judged, and so never scored: greetings, names, sign-offs.
        return judged(sentence) && decide(score(sentence, intent), intent, sentence, sentence);
    }

    /**
     * Whether the classifier is sure enough of a sentence's intent ({@code overrule}) to speak
     * against a phrase list's reading of it: "we're only a message away" is an offer of help
     * although "only" often limits what the seller can do.
     */
    public boolean overrules(int sentence, String intent) {
        return judged(sentence) && score(sentence, intent) >= settings.get(intent).overrule();
    }

    /**
     * Whether a sentence expresses an intent together with the sentence before it, read as one:
     * "Reply with a screenshot of your review. We'll post you a bottle of oil." The thresholds,
     * cues and vetoes are those of a single sentence, over both.
     */
    public boolean expressesWithPrevious(int sentence, String intent) {
        if (sentence == 0 || sentence >= scores.sentenceCount()) {
            return false;
        }
        int index = indexOf(intent);
        return index >= 0 && words(sentence - 1, sentence) >= minWords
                && decide(scores.withPrevious(sentence)[index], intent, sentence - 1, sentence);
    }

    private boolean decide(double score, String intent, int first, int last) {
        IntentSettings.Intent setting = settings.get(intent);
        if (score < setting.withCue()) {
            return false;
        }
        if (vetoed(score, setting, first, last)) {
            return false;
        }
        if (score >= (first == last ? setting.threshold() : setting.pairThreshold())) {
            return true;
        }
        for (int s = first; s <= last; s++) {
            if (first(s, setting.cues()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A veto phrase stands in sentences {@code first} through {@code last}, or one of {@code vetoesBefore}
     * in them or the sentence after, and the score does not overrule it.
     */
    private boolean vetoed(double score, IntentSettings.Intent setting, int first, int last) {
        if (score >= setting.overrule()) {
            return false;
        }
        for (int s = first; s <= last; s++) {
            if (first(s, setting.vetoes()) != null || first(s, setting.vetoesBefore()) != null) {
                return true;
            }
        }
        return last + 1 < scores.sentenceCount() && first(last + 1, setting.vetoesBefore()) != null;
    }

    /**
     * Where each sentence that expresses {@code intent} should be pointed at, skipping the sentences
     * {@code skip} names (those a phrase rule already reported): the intent's cue phrase when one
     * stands in the sentence, else the whole sentence. Spans are of the match text.
     */
    public List<Span> expressing(String intent, IntPredicate skip) {
        return spans(intent, skip, s -> expresses(s, intent));
    }

    /**
     * Like {@link #expressing}, where the draft around the sentences stands for a cue (a question
     * about a cancellation the draft already speaks of: "Was there something we could have done
     * differently?"): the lower {@code withCue} probability is enough; vetoes still count.
     */
    public List<Span> expressingInContext(String intent, IntPredicate skip) {
        IntentSettings.Intent setting = settings.get(intent);
        return spans(intent, skip, s -> judged(s) && score(s, intent) >= setting.withCue()
                && !vetoed(score(s, intent), setting, s, s));
    }

    /** Like {@link #expressing}, for sentences that express the intent only with the sentence before them. */
    public List<Span> expressingWithPrevious(String intent, IntPredicate skip) {
        return spans(intent, skip, s -> expressesWithPrevious(s, intent));
    }

    /**
     * The sentences that express {@code intent} alone, then those that express it only together
     * with the sentence before them where neither of the two was skipped or found alone: "If they
     * fit well, a review would make our day. If not, write to us before you post anything."
     */
    public List<Span> expressingAloneOrWithPrevious(String intent, IntPredicate skip) {
        BitSet taken = new BitSet();
        List<Span> spans = new ArrayList<>(expressing(intent, skip));
        for (Span span : spans) {
            taken.set(text().sentenceAt(span.start()));
        }
        IntPredicate alone = s -> skip.test(s) || taken.get(s);
        spans.addAll(expressingWithPrevious(intent, s -> alone.test(s) || s > 0 && alone.test(s - 1)));
        return spans;
    }

    /** Where each sentence that {@code expresses} and {@code skip} does not name should be pointed at. */
    private List<Span> spans(String intent, IntPredicate skip, IntPredicate expresses) {
        MatchText text = text();
        List<Span> spans = new ArrayList<>();
        for (int s = 0; s < scores.sentenceCount(); s++) {
            if (skip.test(s) || text.sentenceEnd(s) <= text.sentenceStart(s) || !expresses.test(s)) {
                continue;
            }
            PhraseHit cue = cue(s, intent);
            spans.add(cue != null ? new Span(cue.start(), cue.end()) : new Span(text.sentenceStart(s), text.sentenceEnd(s)));
        }
        return spans;
    }

    /** The first cue phrase of an intent in a sentence, or null: what a finding points at when there is one. */
    public PhraseHit cue(int sentence, String intent) {
        return first(sentence, settings.get(intent).cues());
    }

    /**
     * The distinct words of sentences {@code first} through {@code last}, counted up to
     * {@code minWords}: "sale sale sale ..." says no more than "sale".
     */
    private int words(int first, int last) {
        MatchText text = text();
        if (text.sentenceEnd(last) <= text.sentenceStart(first)) {
            return 0;
        }
        int from = text.wordAt(text.sentenceStart(first));
        int to = text.wordAt(Math.max(text.sentenceStart(last), text.sentenceEnd(last) - 1));
        String match = text.text();
        int count = 0;
        for (int w = from; w <= to && count < minWords; w++) {
            boolean seen = false;
            for (int d = 0; d < count && !seen; d++) {
                seen = sameWord(text, match, distinct[d], w);
            }
            if (!seen) {
                distinct[count++] = w;
            }
        }
        return count;
    }

    private static boolean sameWord(MatchText text, String match, int a, int b) {
        int length = text.wordEnd(a) - text.wordStart(a);
        return length == text.wordEnd(b) - text.wordStart(b)
                && match.regionMatches(text.wordStart(a), match, text.wordStart(b), length);
    }

    /** The first phrase of one of {@code classes} that starts in a sentence, or null. */
    private PhraseHit first(int sentence, List<String> classes) {
        if (classes.isEmpty()) {
            return null;
        }
        MatchText text = text();
        int start = text.sentenceStart(sentence);
        int end = text.sentenceEnd(sentence);
        PhraseHit first = null;
        for (String termClass : classes) {
            for (PhraseHit hit : phrases.of(termClass, language)) {
                if (hit.start() >= start && hit.start() < end && (first == null || hit.start() < first.start())) {
                    first = hit;
                }
            }
        }
        return first;
    }
}
