package com.messageguard.grammar;

import com.messageguard.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of a field LanguageTool's findings must leave alone, because a careful proofreader
 * would: identifiers (order ids, ASINs, tracking, model and SKU numbers: a digit, or capitals only),
 * e-mail and web addresses, names and brands (a capital inside a word, the names of the greeting,
 * the capitalized words of the signature's names, a capitalized word inside a sentence where nouns
 * are not capitalized, a capitalized word after a name cue such as "Frau"), and the accepted words
 * of {@code grammar.yaml}.
 */
final class QuietWords {

    /** A greeting line ("Sehr geehrte Frau Nordby,") has at most this many words. */
    private static final int GREETING_WORDS = 5;
    /** A signature line ("Linen & Loom Customer Care") has at most this many words. */
    private static final int SIGNATURE_WORDS = 6;
    private static final int SIGNATURE_LINES = 4;

    private final Set<String> accepted;
    private final Set<String> nameCues;
    private final boolean capitalizedNouns;

    QuietWords(List<String> acceptedEverywhere, GrammarData.Language language) {
        this.accepted = Stream.concat(acceptedEverywhere.stream(), language.accept().stream())
                .map(QuietWords::folded).collect(Collectors.toUnmodifiableSet());
        this.nameCues = language.nameCues().stream().map(QuietWords::folded).collect(Collectors.toUnmodifiableSet());
        this.capitalizedNouns = language.capitalizedNouns();
    }

    /**
     * The spans of {@code text} no finding may touch.
     *
     * @param letter true for a body, which may open with a greeting and end with a signature
     */
    List<Span> of(String text, boolean letter) {
        List<Words.Word> words = Words.of(text);
        int greetingLine = letter ? greetingLine(text, words) : -1;
        int signatureLine = letter ? signatureLine(words) : Integer.MAX_VALUE;
        List<Span> quiet = new ArrayList<>();
        Words.Word previous = null;
        for (Words.Word word : words) {
            boolean capitalized = Character.isUpperCase(word.core().codePointAt(0));
            boolean name = capitalized && (word.line() == greetingLine && !word.sentenceStart()
                    || word.line() >= signatureLine
                    || !capitalizedNouns && !word.sentenceStart()
                    || previous != null && nameCues.contains(folded(previous.core())));
            if (name || isIdentifier(word.core()) || hasInnerCapital(word.core()) || accepted.contains(folded(word.core()))) {
                quiet.add(new Span(word.start(), word.end()));
            }
            previous = word;
        }
        return quiet;
    }

    /** Whether {@code text}, the text of a finding, is an accepted word. */
    boolean isAccepted(String text) {
        return accepted.contains(folded(text.strip()));
    }

    /** A digit (order id, ASIN, tracking, model number), capitals only (SKU, acronym) or an address. */
    static boolean isIdentifier(String core) {
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '/') {
                return true;
            }
            if (Character.isLetter(c)) {
                letters++;
                lower |= Character.isLowerCase(c);
            }
        }
        return letters >= 2 && !lower || core.regionMatches(true, 0, "www.", 0, 4);
    }

    /** A capital after a small letter: a brand (PhotoMend, KüchenKraft), hardly ever a typo. */
    static boolean hasInnerCapital(String core) {
        for (int i = 1; i < core.length(); i++) {
            if (Character.isUpperCase(core.charAt(i)) && Character.isLowerCase(core.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The line of the greeting: the first line, when it is short and ends with ',', '!' or ':'. */
    private static int greetingLine(String text, List<Words.Word> words) {
        if (words.isEmpty()) {
            return -1;
        }
        int line = words.get(0).line();
        int count = 0;
        Words.Word last = null;
        for (Words.Word word : words) {
            if (word.line() != line) {
                break;
            }
            count++;
            last = word;
        }
        int lineEnd = text.indexOf('\n', last.end());
        String tail = text.substring(last.end(), lineEnd < 0 ? text.length() : lineEnd).strip();
        boolean closed = tail.startsWith(",") || tail.startsWith("!") || tail.startsWith(":");
        return count <= GREETING_WORDS && closed && lineEnd >= 0 ? line : -1;
    }

    /**
     * The first line of the signature's names: the short trailing lines that close no sentence
     * ("Meadowbrook Tea Co." may end in an abbreviation), after at least one line of text, less the
     * first of them when there are several, which is the closing words ("Mit freundlichen Grüßen")
     * and is checked. None when there is no such line.
     */
    private static int signatureLine(List<Words.Word> words) {
        if (words.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int firstLine = words.get(0).line();
        List<Integer> block = new ArrayList<>();
        int index = words.size();
        while (block.size() < SIGNATURE_LINES && index > 0) {
            int line = words.get(index - 1).line();
            int first = index - 1;
            while (first > 0 && words.get(first - 1).line() == line) {
                first--;
            }
            if (line == firstLine || index - first > SIGNATURE_WORDS || words.get(index - 1).closesSentence()) {
                break;
            }
            block.add(line);
            index = first;
        }
        if (block.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        return block.size() == 1 ? block.get(0) : block.get(block.size() - 2);
    }

    private static String folded(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
