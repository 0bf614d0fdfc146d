package com.messageguard.lexicon;

import com.messageguard.ruledata.Checks;
import java.util.List;
import java.util.Map;

/**
 * The phrases of one language, from {@code rules/lang/<code>.yaml}: the words that tell the
 * language apart ({@code stopwords}), the term classes the wording rules combine, each a list
 * of phrases (a trailing {@code *} matches any ending: {@code review*} also finds "reviews"), and
 * the spellings of hurried typing ({@code informal}: "you" typed "u", "please" typed "pls"), under
 * which every phrase of the pack is found too, and how its regular verbs are conjugated
 * ({@code verbs}), so that a phrase may name a verb once, {@code {dejar}}, for all its forms, and
 * the articles and prepositions it elides ({@code elisions}: "l'", "dell'"), after which a word's
 * phrases are found too, and the pronouns it joins to a verb with a hyphen ({@code hyphenated}:
 * "écrivez-moi", which the match text reads as one word), with which a phrase is found joined too.
 */
public record LanguagePack(String language, List<String> stopwords, Map<String, List<String>> classes,
                           Map<String, List<String>> informal, VerbForms verbs, List<String> elisions,
                           List<String> hyphenated) implements Checks.Checked {

    public LanguagePack {
        classes = classes == null ? Map.of() : Map.copyOf(classes);
        informal = informal == null ? Map.of() : Map.copyOf(informal);
        verbs = verbs == null ? VerbForms.NONE : verbs;
        elisions = elisions == null ? List.of() : List.copyOf(elisions);
        hyphenated = hyphenated == null ? List.of() : List.copyOf(hyphenated);
    }

    @Override
    public void check(Checks checks) {
        checks.text("language", language);
        if (language != null && !language.matches("[a-z]{2}")) {
            checks.fail("language", "must be an ISO 639-1 code such as 'en'");
        }
        checks.nonEmptyTexts("stopwords", stopwords);
        classes.forEach((name, phrases) -> {
            if (!name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
                checks.fail("classes." + name, "is not a valid class name (lower-case words joined by '.' or '-')");
            }
            checks.nonEmptyTexts("classes." + name, phrases);
            if (phrases != null) {
                for (int i = 0; i < phrases.size(); i++) {
                    String phrase = phrases.get(i);
                    if (phrase != null && phrase.indexOf('*') >= 0 && phrase.indexOf('*') != phrase.length() - 1) {
                        checks.fail("classes." + name + "[" + i + "]", "'*' may only end a phrase");
                    }
                    if (phrase != null) {
                        try {
                            verbs.expand(phrase);
                        } catch (IllegalArgumentException e) {
                            checks.fail("classes." + name + "[" + i + "]", e.getMessage());
                        }
                    }
                }
            }
        });
        checks.nested("verbs", verbs);
        for (int i = 0; i < hyphenated.size(); i++) {
            String pronoun = hyphenated.get(i);
            if (pronoun == null || !pronoun.matches("\\p{L}{1,6}")) {
                checks.fail("hyphenated[" + i + "]", "must be one word of one to six letters, such as \"moi\"");
            }
        }
        for (int i = 0; i < elisions.size(); i++) {
            String elision = elisions.get(i);
            if (elision == null || !elision.matches("\\p{L}{1,7}'")) {
                checks.fail("elisions[" + i + "]", "must be one to seven letters and an apostrophe, such as \"l'\"");
            }
        }
        informal.forEach((word, spellings) -> {
            if (word.isBlank() || word.indexOf('*') >= 0) {
                checks.fail("informal." + word, "must be a word or words as written, without '*'");
            }
            checks.nonEmptyTexts("informal." + word, spellings);
            if (spellings != null) {
                for (int i = 0; i < spellings.size(); i++) {
                    String spelling = spellings.get(i);
                    if (spelling != null && (spelling.strip().indexOf(' ') >= 0 || spelling.indexOf('*') >= 0)) {
                        checks.fail("informal." + word + "[" + i + "]", "must be one word without '*'");
                    }
                }
            }
        });
    }
}
