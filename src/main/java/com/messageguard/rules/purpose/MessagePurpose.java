package com.messageguard.rules.purpose;

import com.messageguard.engine.Analysis;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.TextField;
import com.messageguard.intent.FieldIntents;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.lexicon.PhraseHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What each sentence of a draft's body does, for the whole-message rules {@code order-confirmation}
 * and {@code thank-you-only}. Every sentence gets one {@link Kind}:
 * <ol>
 * <li>{@link Kind#SUBSTANCE} when it asks a question ('?') or holds a word of
 * {@code purpose.substance} (a problem, a request, instructions, a review request, ...) that is
 * not part of a greeting, thanks or help phrase ("do not hesitate"), or a phrase that promotes by
 * itself ({@link PromotionRule#PROMOTING}: a sale, an offer, a new product);</li>
 * <li>else {@link Kind#CONFIRMATION} when it holds a phrase of a {@code purpose.confirm.*} class
 * (order received, shipped, delivered, refund processed, tracking);</li>
 * <li>else, when every word is covered by a phrase of {@code purpose.thanks}, {@code purpose.help},
 * {@code purpose.filler}, {@code purpose.greeting}, {@code purpose.signoff} or is a
 * {@code purpose.glue} word (up to three words after a {@code purpose.object} phrase count as the
 * product's name), {@link Kind#THANKS}, {@link Kind#HELP}, {@link Kind#SIGNOFF},
 * {@link Kind#GREETING} or {@link Kind#FILLER}, in that order of precedence;</li>
 * <li>else, by its line: the first line when it opens with a greeting and leaves at most
 * {@value #GREETING_NAME_WORDS} other words (a name) is a greeting; a short line of capitalized
 * words after a closing line ("Best regards,", "Thank you,") or as the last line is a
 * {@link Kind#NAME};</li>
 * <li>anything else is {@link Kind#SUBSTANCE}: a sentence the lists do not explain is taken as
 * information the buyer needs, so the rules stay quiet when unsure.</li>
 * </ol>
 * The plan is computed once per body and language and shared by both rules.
 */
@Component
public class MessagePurpose {

    /** What a sentence does. */
    public enum Kind {
        EMPTY, GREETING, THANKS, HELP, FILLER, SIGNOFF, NAME, CONFIRMATION, SUBSTANCE
    }

    /** The kinds of a sentence that carries nothing the buyer needs. */
    static final Set<Kind> FILLER_KINDS = EnumSet.of(Kind.EMPTY, Kind.GREETING, Kind.THANKS, Kind.HELP, Kind.FILLER,
            Kind.SIGNOFF, Kind.NAME);

    /** The confirmation classes with the words a finding names them by, in the order findings list them. */
    static final Map<String, String> CONFIRMATIONS = new LinkedHashMap<>();

    static {
        CONFIRMATIONS.put("purpose.confirm.order", "order");
        CONFIRMATIONS.put("purpose.confirm.shipment", "shipment");
        CONFIRMATIONS.put("purpose.confirm.delivery", "delivery");
        CONFIRMATIONS.put("purpose.confirm.refund", "refund");
        CONFIRMATIONS.put("purpose.confirm.tracking", "tracking details");
    }

    /** The intents of the intent layer that explain a sentence the lists left open. */
    private static final String CONFIRMATION = "confirmation";
    private static final String THANKS = "thanks";
    private static final String PLEASANTRY = "pleasantry";
    private static final String NEUTRAL = "neutral";
    /** What a confirmation recognized by the intent layer alone confirms, for {@code {what}}. */
    static final String INTENT_CONFIRMS = "order status";
    /** The intents whose likeliest reading, even short of the threshold, makes a sentence small talk. */
    private static final Set<String> SMALL_TALK = Set.of(CONFIRMATION, THANKS, PLEASANTRY);
    private static final double SMALL_TALK_SCORE = 0.4;

    /** How to stop receiving messages ("Reply STOP to unsubscribe"): no purpose of the order's (opt-out-link reports it). */
    private static final String OPT_OUT = "optout.phrase";

    private static final List<String> FILLER_CLASSES = List.of(
            "purpose.greeting", "purpose.thanks", "purpose.help", "purpose.filler", "purpose.signoff");

    /** Words of a product's name after "thank you for purchasing", "your new". */
    private static final int PRODUCT_NAME_WORDS = 3;
    /** Words besides the greeting on a greeting line ("Hello Mr. Okafor,"). */
    static final int GREETING_NAME_WORDS = 3;
    /** Longest line taken as a signature ("Linen & Loom Customer Care"). */
    private static final int NAME_LINE_WORDS = 6;
    /** Lower-case words this short may stand in a signature ("von", "de", "the"). */
    private static final int SHORT_WORD = 3;
    /** Longest line taken as a closing ("Thank you so much and best regards,"). */
    private static final int CLOSING_LINE_WORDS = 8;

    /** One sentence of the body: its index in the match text, its kind, and what it confirms. */
    record Sentence(int index, Kind kind, Set<String> confirms) {
    }

    /** The kinds of every sentence of one body. */
    record Plan(FieldText text, List<Sentence> sentences) {

        boolean only(Set<Kind> allowed) {
            for (Sentence sentence : sentences) {
                if (!allowed.contains(sentence.kind())) {
                    return false;
                }
            }
            return true;
        }

        boolean any(Set<Kind> kinds) {
            for (Sentence sentence : sentences) {
                if (kinds.contains(sentence.kind())) {
                    return true;
                }
            }
            return false;
        }

        /** Runs of consecutive sentences of the given kinds (empty sentences neither join nor break a run). */
        List<List<Sentence>> runs(Set<Kind> kinds) {
            List<List<Sentence>> runs = new ArrayList<>();
            List<Sentence> run = null;
            for (Sentence sentence : sentences) {
                if (sentence.kind() == Kind.EMPTY) {
                    continue;
                }
                if (kinds.contains(sentence.kind())) {
                    if (run == null) {
                        run = new ArrayList<>();
                        runs.add(run);
                    }
                    run.add(sentence);
                } else {
                    run = null;
                }
            }
            return runs;
        }

        /** Reports one run as one finding on the original text, closing punctuation included. */
        void report(FindingSink findings, List<Sentence> run, Map<String, Object> args) {
            int first = run.get(0).index();
            int last = run.get(run.size() - 1).index();
            int start = text.sentenceRegionStart(first);
            int end = text.originalEndWithPunctuation(text.text().sentenceEnd(last), text.sentenceRegionEnd(last));
            findings.original(text.field(), start, end, null, args);
        }
    }

    private final Lexicon lexicon;
    private final IntentClassifier intents;
    private final Analysis<TextField, Map<String, Plan>> plans =
            new Analysis<>("purpose-plan", f -> new HashMap<>());

    public MessagePurpose(Lexicon lexicon, IntentClassifier intents) {
        this.lexicon = lexicon;
        this.intents = intents;
        intents.require("order-confirmation", CONFIRMATION, THANKS, PLEASANTRY);
        List<String> required = new ArrayList<>(FILLER_CLASSES);
        required.addAll(CONFIRMATIONS.keySet());
        required.addAll(List.of("purpose.glue", "purpose.object", "purpose.substance", OPT_OUT));
        required.addAll(PromotionRule.PROMOTING);
        PurposeClasses.require(lexicon, "order-confirmation", required);
    }

    /** The plan of the draft's body, computed once per body and language. */
    Plan of(Draft draft) {
        String language = lexicon.language(draft);
        TextField body = draft.body();
        return body.analysis(plans).computeIfAbsent(language,
                l -> classify(FieldText.of(lexicon, body, l), intents.of(draft, body)));
    }

    private static Plan classify(FieldText text, FieldIntents intents) {
        int sentences = text.text().sentenceCount();
        int words = text.wordCount();
        boolean[] covered = new boolean[words];
        List<PhraseHit> fillers = new ArrayList<>();
        for (String termClass : FILLER_CLASSES) {
            fillers.addAll(text.hits(termClass));
        }
        fillers.sort(Comparator.comparingInt(PhraseHit::start));
        for (PhraseHit hit : fillers) {
            cover(text, hit, covered);
        }
        for (PhraseHit hit : text.hits("purpose.glue")) {
            cover(text, hit, covered);
        }
        // Words that thank, help or chat rather than close: "Thank you for your order" is no closing line.
        boolean[] content = new boolean[words];
        for (String termClass : List.of("purpose.thanks", "purpose.help", "purpose.filler")) {
            for (PhraseHit hit : text.hits(termClass)) {
                cover(text, hit, content);
            }
        }
        for (PhraseHit hit : text.hits("purpose.signoff")) {
            for (int w = text.firstWord(hit); w <= text.lastWord(hit); w++) {
                content[w] = false;
            }
        }
        String match = text.text().text();
        for (int w = 0; w < words; w++) {
            if (!hasLetterOrDigit(match, text.wordStart(w), text.wordEnd(w))) {
                covered[w] = true;
            }
        }
        for (PhraseHit hit : text.hits("purpose.object")) {
            int sentence = text.sentenceOf(hit);
            int named = 0;
            for (int w = text.lastWord(hit) + 1;
                 w < words && named < PRODUCT_NAME_WORDS && text.sentenceOfWord(w) == sentence; w++) {
                if (!covered[w]) {
                    covered[w] = true;
                    named++;
                }
            }
        }

        // Per sentence: substance, confirmations, coverage.
        boolean[] substance = new boolean[sentences];
        List<Set<String>> confirms = new ArrayList<>(sentences);
        int[] uncovered = new int[sentences];
        int[] wordCounts = new int[sentences];
        for (int s = 0; s < sentences; s++) {
            confirms.add(new LinkedHashSet<>());
        }
        for (int w = 0; w < words; w++) {
            int s = text.sentenceOfWord(w);
            wordCounts[s]++;
            if (!covered[w]) {
                uncovered[s]++;
            }
        }
        for (PhraseHit hit : text.hits("purpose.substance")) {
            if (!FieldText.overlapsAny(hit, fillers)) {
                substance[text.sentenceOf(hit)] = true;
            }
        }
        // A sentence that promotes ("Take 25% off everything - and thanks again") does more than thank.
        for (String promoting : PromotionRule.PROMOTING) {
            for (PhraseHit hit : text.hits(promoting)) {
                substance[text.sentenceOf(hit)] = true;
            }
        }
        for (Map.Entry<String, String> confirmation : CONFIRMATIONS.entrySet()) {
            for (PhraseHit hit : text.hits(confirmation.getKey())) {
                confirms.get(text.sentenceOf(hit)).add(confirmation.getValue());
            }
        }

        Kind[] kinds = new Kind[sentences];
        for (int s = 0; s < sentences; s++) {
            if (wordCounts[s] == 0) {
                kinds[s] = Kind.EMPTY;
            } else if (text.isQuestion(s)) {
                substance[s] = true;
                kinds[s] = Kind.SUBSTANCE;
            } else if (substance[s]) {
                kinds[s] = overruled(intents, s, confirms);
            } else if (!confirms.get(s).isEmpty()) {
                kinds[s] = Kind.CONFIRMATION;
            } else if (uncovered[s] == 0) {
                kinds[s] = fillerKind(text, s);
            } else {
                kinds[s] = null;
            }
        }
        resolveByLines(text, kinds, substance, confirms, uncovered, wordCounts, covered, content);
        for (PhraseHit hit : text.hits(OPT_OUT)) {
            int s = text.sentenceOf(hit);
            // "If you no longer wish to receive messages, reply STOP": the reply it asks for is the opt-out.
            if (kinds[s] == null || kinds[s] == Kind.SUBSTANCE && !text.isQuestion(s)) {
                kinds[s] = Kind.FILLER;
            }
        }
        resolveByIntent(intents, kinds, confirms);

        List<Sentence> result = new ArrayList<>(sentences);
        for (int s = 0; s < sentences; s++) {
            result.add(new Sentence(s, kinds[s] == null ? Kind.SUBSTANCE : kinds[s], Set.copyOf(confirms.get(s))));
        }
        return new Plan(text, List.copyOf(result));
    }

    /**
     * Sentences the lists left open, read by the intent layer: a sentence it takes for thanks, an
     * offer of help, a pleasantry or a status confirmation is one, in any wording ("we're only a
     * message away"). A sentence whose likeliest reading is one of those, short of the threshold
     * ("every candle is poured by hand"), is small talk: {@link Kind#FILLER}, which decides
     * nothing by itself. Whatever else it does not recognize stays substance.
     */
    private static void resolveByIntent(FieldIntents intents, Kind[] kinds, List<Set<String>> confirms) {
        for (int s = 0; s < kinds.length; s++) {
            if (kinds[s] != null) {
                continue;
            }
            if (intents.expresses(s, CONFIRMATION) || continuesConfirmation(intents, kinds, s)) {
                kinds[s] = Kind.CONFIRMATION;
                confirms.get(s).add(INTENT_CONFIRMS);
            } else if (intents.expresses(s, THANKS)) {
                kinds[s] = Kind.THANKS;
            } else if (intents.expresses(s, PLEASANTRY)) {
                kinds[s] = Kind.FILLER;
            } else {
                // Short lines too ("Warm wishes from all of us"): they cost little to score.
                String likeliest = intents.top(s);
                if (SMALL_TALK.contains(likeliest) && intents.score(s, likeliest) >= SMALL_TALK_SCORE) {
                    kinds[s] = Kind.FILLER;
                }
            }
        }
    }

    /**
     * A sentence with a word of {@code purpose.substance}: substance, unless the classifier is sure
     * it only thanks, offers help or confirms, where the word is part of an idiom ("we're only a
     * message away", "no charge will be taken").
     */
    private static Kind overruled(FieldIntents intents, int s, List<Set<String>> confirms) {
        if (intents.overrules(s, THANKS)) {
            return Kind.THANKS;
        }
        if (intents.overrules(s, CONFIRMATION)) {
            confirms.get(s).add(INTENT_CONFIRMS);
            return Kind.CONFIRMATION;
        }
        return Kind.SUBSTANCE;
    }

    /**
     * A sentence that says what the confirmation before it means for the buyer ("It should appear on
     * your statement within 3-5 working days"): read together with it, the pair still only confirms.
     */
    private static boolean continuesConfirmation(FieldIntents intents, Kind[] kinds, int s) {
        // Alone, it must read as nothing else: "For questions, mail us at ..." is no part of the confirmation.
        String alone = intents.top(s);
        return s > 0 && kinds[s - 1] == Kind.CONFIRMATION && (alone.equals(CONFIRMATION) || alone.equals(NEUTRAL))
                && intents.expressesWithPrevious(s, CONFIRMATION);
    }

    private static Kind fillerKind(FieldText text, int s) {
        if (text.inSentence(text.hits("purpose.thanks"), s)) {
            return Kind.THANKS;
        }
        if (text.inSentence(text.hits("purpose.help"), s)) {
            return Kind.HELP;
        }
        if (text.inSentence(text.hits("purpose.signoff"), s)) {
            return Kind.SIGNOFF;
        }
        if (text.inSentence(text.hits("purpose.greeting"), s)) {
            return Kind.GREETING;
        }
        return Kind.FILLER;
    }

    /** Greeting lines with a name, closing lines and signatures, for sentences the lists left open. */
    private static void resolveByLines(FieldText text, Kind[] kinds, boolean[] substance, List<Set<String>> confirms,
                                       int[] uncovered, int[] wordCounts, boolean[] covered, boolean[] content) {
        List<List<Integer>> lines = lines(text, kinds);
        boolean firstLine = true;
        boolean closed = false;
        for (int l = 0; l < lines.size(); l++) {
            List<Integer> line = lines.get(l);
            int lineWords = 0;
            int lineUncovered = 0;
            boolean plain = true;
            for (int s : line) {
                lineWords += wordCounts[s];
                lineUncovered += uncovered[s];
                plain &= !substance[s] && confirms.get(s).isEmpty();
            }
            int first = line.get(0);
            boolean greetingLine = firstLine && plain && lineUncovered <= GREETING_NAME_WORDS
                    && startsWith(text, "purpose.greeting", first);
            if (greetingLine) {
                for (int s : line) {
                    if (kinds[s] == null) {
                        kinds[s] = text.inSentence(text.hits("purpose.thanks"), s) ? Kind.THANKS : Kind.GREETING;
                    }
                }
            }
            firstLine = false;
            boolean closing = plain && lineWords <= CLOSING_LINE_WORDS && closes(text, first, content);
            if (closing && looksLikeName(text, line, covered, false)) {
                // "Best regards, Linen & Loom Customer Care": the team's name on the closing line.
                for (int s : line) {
                    if (kinds[s] == null) {
                        kinds[s] = Kind.SIGNOFF;
                    }
                }
            }
            boolean last = l == lines.size() - 1;
            // After the closing line, the signature may give the seller's address ("Industriestraße 7").
            if ((closed || last) && plain && lineWords <= NAME_LINE_WORDS && looksLikeName(text, line, covered, closed)) {
                for (int s : line) {
                    if (kinds[s] == null) {
                        kinds[s] = Kind.NAME;
                    }
                }
            }
            closed |= closing;
        }
    }

    /** The sentences with words, grouped by the line of the original text they start on. */
    private static List<List<Integer>> lines(FieldText text, Kind[] kinds) {
        String original = text.field().original();
        List<List<Integer>> lines = new ArrayList<>();
        int line = -1;
        int lastLine = -1;
        int scanned = 0;
        for (int s = 0; s < kinds.length; s++) {
            if (kinds[s] == Kind.EMPTY) {
                continue;
            }
            int start = text.sentenceRegionStart(s);
            for (; scanned < start; scanned++) {
                if (original.charAt(scanned) == '\n') {
                    line++;
                }
            }
            if (line != lastLine || lines.isEmpty()) {
                lines.add(new ArrayList<>());
                lastLine = line;
            }
            lines.get(lines.size() - 1).add(s);
        }
        return lines;
    }

    /**
     * Whether a sentence closes the message: it opens with a sign-off ("Best regards", "Thank you,")
     * and nothing after it thanks, helps or chats ("Thank you for your order" does not close).
     */
    private static boolean closes(FieldText text, int sentence, boolean[] content) {
        int start = text.text().sentenceStart(sentence);
        List<PhraseHit> signoffs = text.hits("purpose.signoff");
        int end = -1;
        for (int i = FieldText.firstAtOrAfter(signoffs, start); i < signoffs.size(); i++) {
            if (signoffs.get(i).start() != start) {
                break;
            }
            end = Math.max(end, signoffs.get(i).end());
        }
        if (end < 0) {
            return false;
        }
        for (int w = text.wordAt(end - 1) + 1; w < text.wordCount() && text.sentenceOfWord(w) == sentence; w++) {
            if (content[w]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(FieldText text, String termClass, int sentence) {
        int start = text.text().sentenceStart(sentence);
        List<PhraseHit> hits = text.hits(termClass);
        int i = FieldText.firstAtOrAfter(hits, start);
        return i < hits.size() && hits.get(i).start() == start;
    }

    /**
     * A signature: no digits unless {@code digits} (an address line after the closing), and every
     * word capitalized in the original except short ones and glue or sign-off words ("Ihr Team von
     * Holzwerk Nord", "The Maple & Co. Team", "49356 Diepholz").
     */
    private static boolean looksLikeName(FieldText text, List<Integer> line, boolean[] covered, boolean digits) {
        String original = text.field().original();
        for (int s : line) {
            int from = text.text().sentenceStart(s);
            int to = text.text().sentenceEnd(s);
            for (int w = text.wordAt(from); w < text.wordCount() && text.wordStart(w) < to; w++) {
                String word = text.word(w);
                for (int i = 0; i < word.length() && !digits; i++) {
                    if (Character.isDigit(word.charAt(i))) {
                        return false;
                    }
                }
                int at = text.originalStart(text.wordStart(w));
                boolean lower = at < original.length() && Character.isLowerCase(original.codePointAt(at));
                if (lower && word.length() > SHORT_WORD && !covered[w]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void cover(FieldText text, PhraseHit hit, boolean[] covered) {
        for (int w = text.firstWord(hit); w <= text.lastWord(hit); w++) {
            covered[w] = true;
        }
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
