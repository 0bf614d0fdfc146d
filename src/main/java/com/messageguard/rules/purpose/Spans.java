package com.messageguard.rules.purpose;

import com.messageguard.engine.FindingSink;
import com.messageguard.intent.FieldIntents;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Spans of one field's match text found by a rule, merged when they overlap or nearly touch within a
 * sentence, then reported.
 */
final class Spans {

    /** A span of the match text with the words a finding names it by. */
    record Span(int start, int end, int sentence, String kind) {
    }

    /** Created once: a comparator built per report showed up among the allocations of every check. */
    private static final Comparator<Span> BY_OFFSETS = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

    private final FieldText text;
    private final int mergeGapWords;
    private final List<Span> spans = new ArrayList<>();

    /** Spans of a field; two spans of a sentence at most {@code mergeGapWords} words apart are one finding. */
    Spans(FieldText text, int mergeGapWords) {
        this.text = text;
        this.mergeGapWords = mergeGapWords;
    }

    void add(int start, int end, String kind) {
        spans.add(new Span(start, end, text.text().sentenceAt(start), kind));
    }

    /**
     * Adds every sentence the intent layer says expresses {@code intent} and the phrase rules left
     * without a span: at the intent's cue phrase when one stands in the sentence, else the whole
     * sentence, so a finding still points at the words that decided it where there are any.
     */
    void addIntent(FieldIntents intents, String intent, String kind) {
        addIntent(intents, intent, kind, s -> false);
    }

    /** The same, also leaving alone the sentences {@code ruledOut} names: those the rule's own lists decided against. */
    void addIntent(FieldIntents intents, String intent, String kind, IntPredicate ruledOut) {
        for (com.messageguard.text.Span span : intents.expressing(intent, s -> hasSpanIn(s) || ruledOut.test(s))) {
            add(span.start(), span.end(), kind);
        }
    }

    /** The same, where the draft around them stands for a cue: the classifier need only lean that way. */
    void addIntentInContext(FieldIntents intents, String intent, String kind, IntPredicate ruledOut) {
        for (com.messageguard.text.Span span : intents.expressingInContext(intent, s -> hasSpanIn(s) || ruledOut.test(s))) {
            add(span.start(), span.end(), kind);
        }
    }

    /**
     * Then the sentences that express it only read with the sentence before them ("You cancelled the
     * desk. Was the delivery date too far away?"), pointed at on their own.
     */
    void addIntentWithPrevious(FieldIntents intents, String intent, String kind, IntPredicate ruledOut) {
        for (com.messageguard.text.Span span : intents.expressingWithPrevious(intent, s -> hasSpanIn(s) || ruledOut.test(s))) {
            add(span.start(), span.end(), kind);
        }
    }

    private boolean hasSpanIn(int sentence) {
        for (int i = 0; i < spans.size(); i++) { // indexed: an iterator per sentence asked was allocated
            if (spans.get(i).sentence() == sentence) {
                return true;
            }
        }
        return false;
    }

    /** One finding per run of overlapping or nearby spans of a sentence; args {@code phrase} and {@code kind}. */
    void report(FindingSink findings) {
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(BY_OFFSETS);
        Span run = null;
        for (Span next : spans) {
            if (run != null && next.sentence() == run.sentence() && (next.start() <= run.end()
                    || text.wordAt(next.start()) - text.wordAt(run.end() - 1) - 1 <= mergeGapWords)) {
                run = new Span(run.start(), Math.max(run.end(), next.end()), run.sentence(), run.kind());
            } else {
                emit(run, findings);
                run = next;
            }
        }
        emit(run, findings);
    }

    private void emit(Span run, FindingSink findings) {
        if (run != null) {
            String phrase = text.excerpt(run.start(), run.end());
            text.report(findings, run.start(), run.end(),
                    run.kind() == null ? Map.of("phrase", phrase) : Map.of("phrase", phrase, "kind", run.kind()));
        }
    }
}
