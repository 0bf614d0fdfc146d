package com.messageguard.lexicon;

import com.messageguard.ruledata.Checks;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a language conjugates its regular verbs ({@code verbs} of {@code lang/<code>.yaml}), so that a
 * phrase names a verb once, {@code {dejar}}, and is found in every person and tense a seller
 * writes it in: "si nos dejas", "déjenos", "dejarla", "dejaste". Listing forms one by one left
 * whichever form the list's author did not think of ("dejas" beside "deje") unfound.
 *
 * <p>{@code endings} maps the ending of an infinitive ({@code ar}, {@code are}, {@code en}) to
 * named sets of endings that replace it. {@code {lemma}} stands for the forms of every set,
 * {@code {lemma:ask}} for those of one set only: a class of asking verbs takes the forms that ask
 * (infinitive, imperative, subjunctive), not "dejó", which reports. An ending may say where the
 * stem goes ({@code ge~t}: "gelöscht") and may start with {@value #ACCENT} to put an acute accent
 * on the stem's stressed vowel ("déjenos"). {@code spelling} adjusts a stem's last letters before
 * an ending's first ("publique", not "publice"), and {@code noPrefix} names the lemmas whose
 * forms drop the part before {@code ~} ("bewertet", not "gebewertet"). A separable prefix is
 * written with {@code |}: {@code {zurück|schicken}} gives "zurückgeschickt". Irregular verbs are
 * listed form by form.
 */
public record VerbForms(Map<String, Map<String, List<String>>> endings, List<Spelling> spelling,
                        NoPrefix noPrefix) implements Checks.Checked {

    /** Before an ending: the stem's stressed vowel takes an acute accent. */
    static final char ACCENT = '´';
    /** Where an ending puts the stem; an ending without it follows the stem. */
    static final char STEM = '~';
    /** More forms than this from one phrase is a mistake in the data, not a verb. */
    static final int MAX_FORMS = 400;
    static final VerbForms NONE = new VerbForms(Map.of(), List.of(), null);

    /** A stem ending {@code stem}, before an ending that starts with one of {@code before}, is written ending {@code write}. */
    public record Spelling(List<String> verbs, String stem, List<String> before, String write) {
        public Spelling {
            verbs = verbs == null ? List.of() : List.copyOf(verbs);
            before = before == null ? List.of() : List.copyOf(before);
        }
    }

    /** Lemmas that start or end so take no part before {@code ~} of an ending. */
    public record NoPrefix(List<String> starts, List<String> ends) {
        public NoPrefix {
            starts = starts == null ? List.of() : List.copyOf(starts);
            ends = ends == null ? List.of() : List.copyOf(ends);
        }
    }

    public VerbForms {
        endings = endings == null ? Map.of() : copy(endings);
        spelling = spelling == null ? List.of() : List.copyOf(spelling);
        noPrefix = noPrefix == null ? new NoPrefix(List.of(), List.of()) : noPrefix;
    }

    private static Map<String, Map<String, List<String>>> copy(Map<String, Map<String, List<String>>> endings) {
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        endings.forEach((ending, sets) -> {
            Map<String, List<String>> setCopy = new LinkedHashMap<>();
            if (sets != null) {
                sets.forEach((name, list) -> setCopy.put(name, list == null ? List.of() : List.copyOf(list)));
            }
            copy.put(ending, setCopy);
        });
        return copy;
    }

    @Override
    public void check(Checks checks) {
        endings.forEach((ending, sets) -> {
            if (ending.isBlank()) {
                checks.fail("verbs.endings", "an infinitive's ending must not be blank");
            }
            if (sets.isEmpty()) {
                checks.fail("verbs.endings." + ending, "names no set of endings");
            }
            sets.forEach((name, list) -> {
                checks.nonEmptyTexts("verbs.endings." + ending + "." + name, list);
                for (String form : list) {
                    if (form != null && form.indexOf(STEM) != form.lastIndexOf(STEM)) {
                        checks.fail("verbs.endings." + ending + "." + name, "'" + form + "' places the stem twice");
                    }
                }
            });
        });
        for (int i = 0; i < spelling.size(); i++) {
            Spelling s = spelling.get(i);
            if (s.stem() == null || s.stem().isEmpty() || s.write() == null || s.before().isEmpty()) {
                checks.fail("verbs.spelling[" + i + "]", "needs stem, before and write");
            }
            for (String verb : s.verbs()) {
                if (!endings.containsKey(verb)) {
                    checks.fail("verbs.spelling[" + i + "]", "names '" + verb + "', which is no ending of verbs.endings");
                }
            }
        }
    }

    /**
     * The phrase with each {@code {lemma}} or {@code {lemma:set}} replaced by the verb's forms, one
     * phrase per combination; the phrase itself when it names no verb.
     *
     * @throws IllegalArgumentException when a lemma has no known ending, a set is unknown, or braces do not pair up
     */
    List<String> expand(String phrase) {
        int open = phrase.indexOf('{');
        if (open < 0) {
            if (phrase.indexOf('}') >= 0) {
                throw new IllegalArgumentException("'" + phrase + "' closes a brace it did not open");
            }
            return List.of(phrase);
        }
        int close = phrase.indexOf('}', open);
        if (close < 0) {
            throw new IllegalArgumentException("'" + phrase + "' opens a brace it does not close");
        }
        List<String> forms = forms(phrase.substring(open + 1, close));
        Set<String> out = new LinkedHashSet<>();
        for (String rest : expand(phrase.substring(close + 1))) {
            for (String form : forms) {
                out.add(phrase.substring(0, open) + form + rest);
                if (out.size() > MAX_FORMS) {
                    throw new IllegalArgumentException("'" + phrase + "' stands for more than " + MAX_FORMS + " phrases");
                }
            }
        }
        return List.copyOf(out);
    }

    /** The forms of {@code lemma} or {@code lemma:set}. */
    List<String> forms(String verb) {
        int colon = verb.indexOf(':');
        String lemma = (colon < 0 ? verb : verb.substring(0, colon)).strip();
        String set = colon < 0 ? null : verb.substring(colon + 1).strip();
        int bar = lemma.indexOf('|');
        String separable = bar < 0 ? "" : lemma.substring(0, bar);
        String base = bar < 0 ? lemma : lemma.substring(bar + 1);
        String ending = endingOf(base);
        if (ending == null) {
            throw new IllegalArgumentException("'" + lemma + "' ends in none of the infinitive endings " + endings.keySet());
        }
        Map<String, List<String>> sets = endings.get(ending);
        if (set != null && !sets.containsKey(set)) {
            throw new IllegalArgumentException("'" + verb + "' names set '" + set + "'; " + ending + " verbs have " + sets.keySet());
        }
        String stem = base.substring(0, base.length() - ending.length());
        boolean prefixed = !dropsPrefix(base);
        List<String> forms = new ArrayList<>();
        for (Map.Entry<String, List<String>> s : sets.entrySet()) {
            if (set == null || s.getKey().equals(set)) {
                for (String form : s.getValue()) {
                    forms.add(separable + form(stem, form, ending, prefixed));
                }
            }
        }
        return forms;
    }

    /** The longest infinitive ending of {@code endings} that {@code lemma} ends in, longer than it not. */
    private String endingOf(String lemma) {
        String best = null;
        for (String ending : endings.keySet()) {
            if (lemma.endsWith(ending) && lemma.length() > ending.length() && (best == null || ending.length() > best.length())) {
                best = ending;
            }
        }
        return best;
    }

    private boolean dropsPrefix(String lemma) {
        return noPrefix.starts().stream().anyMatch(lemma::startsWith) || noPrefix.ends().stream().anyMatch(lemma::endsWith);
    }

    private String form(String stem, String ending, String verb, boolean prefixed) {
        String before = "";
        String after = ending;
        int at = ending.indexOf(STEM);
        if (at >= 0) {
            before = prefixed ? ending.substring(0, at) : "";
            after = ending.substring(at + 1);
        }
        boolean accent = !after.isEmpty() && after.charAt(0) == ACCENT;
        if (accent) {
            after = after.substring(1);
        }
        String spelled = spell(stem, after, verb);
        return before + (accent ? accented(spelled) : spelled) + after;
    }

    /** The stem as written before {@code ending}: the first rule of {@code spelling} that applies. */
    private String spell(String stem, String ending, String verb) {
        for (Spelling s : spelling) {
            if ((s.verbs().isEmpty() || s.verbs().contains(verb)) && stem.endsWith(s.stem())
                    && s.before().stream().anyMatch(ending::startsWith)) {
                return stem.substring(0, stem.length() - s.stem().length()) + s.write();
            }
        }
        return stem;
    }

    /**
     * The stem with an acute accent on its stressed vowel, the last one, or the one before a last
     * i or u that glides into the ending ("cambi" + "ela": "cámbiela").
     */
    static String accented(String stem) {
        int at = -1;
        for (int i = stem.length() - 1; i >= 0; i--) {
            if (isVowel(stem.charAt(i))) {
                boolean glide = i == stem.length() - 1 && (stem.charAt(i) == 'i' || stem.charAt(i) == 'u');
                if (!glide) {
                    at = i;
                    break;
                }
            }
        }
        if (at < 0) {
            return stem;
        }
        String marked = Normalizer.normalize(stem.charAt(at) + "\u0301", Normalizer.Form.NFC);
        return stem.substring(0, at) + marked + stem.substring(at + 1);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
