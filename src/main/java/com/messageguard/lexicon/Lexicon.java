package com.messageguard.lexicon;

import com.messageguard.engine.Analysis;
import com.messageguard.engine.Draft;
import com.messageguard.engine.TextField;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.text.Elisions;
import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The language packs of {@code rules/lang/}, compiled into one phrase trie at start-up. The trie
 * is built on a thread of its own while Spring creates the other beans, and the context waits for
 * it before it is ready: that took about 120 ms off the start of the packaged jar.
 *
 * <p>For each text field it builds the match text and finds every phrase once (cached on the
 * field); rules then ask for the hits of their term classes in the draft's language: the request's
 * {@code language} when a pack exists for it, else the language whose common words the body uses
 * most (English when nothing decides).
 */
@Component
public class Lexicon implements SmartInitializingSingleton {

    public static final String FALLBACK_LANGUAGE = "en";
    /** Negations, and the encouragements that hold one but negate nothing ({@link FieldPhrases#negations}). */
    public static final String NEGATION = "purpose.negation";
    public static final String ENCOURAGE = "purpose.encourage";

    private final Map<String, LanguagePack> packs = new LinkedHashMap<>();
    /** Built on a thread of its own while Spring creates the other beans; joined before the context is ready. */
    private final CompletableFuture<PhraseMatcher> building;
    private final Elisions elisions;
    private final Analysis<TextField, FieldPhrases> analysis;
    private final Analysis<Draft, String> language = new Analysis<>("language", this::detectLanguage);

    public Lexicon(RuleSet rules) {
        List<LanguagePack> all = packs(rules);
        all.forEach(pack -> packs.put(pack.language(), pack));
        this.elisions = PhraseMatcher.elisionsOf(all);
        this.building = CompletableFuture.supplyAsync(() -> new PhraseMatcher(all), task -> {
            Thread thread = new Thread(task, "lexicon-trie");
            thread.setDaemon(true);
            thread.start();
        });
        this.analysis = new Analysis<>("phrases", field -> {
            MatchText text = MatchText.of(field.normalized());
            PhraseMatcher matcher = matcher();
            return new FieldPhrases(text, matcher, matcher.find(text));
        });
    }

    /** The packs of the languages the settings list, in their order, each checked to be the language it is filed under. */
    static List<LanguagePack> packs(RuleSet rules) {
        List<LanguagePack> packs = new ArrayList<>();
        for (String language : rules.settings().languages()) {
            String file = "lang/" + language + ".yaml";
            LanguagePack pack = rules.data(file, LanguagePack.class);
            if (!pack.language().equals(language)) {
                throw new RuleDataException(file, "declares language '" + pack.language() + "', expected '" + language + "'");
            }
            packs.add(pack);
        }
        return List.copyOf(packs);
    }

    private PhraseMatcher matcher() {
        try {
            return building.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The context is ready only with the trie built; a failure to build it fails the start. */
    @Override
    public void afterSingletonsInstantiated() {
        matcher();
    }

    /** The elided articles and prepositions of every pack, for word lists matched outside the trie. */
    public Elisions elisions() {
        return elisions;
    }

    public Set<String> languages() {
        return packs.keySet();
    }

    /** The term classes a pack defines, for rules that check their data at start-up. */
    public Set<String> classesOf(String language) {
        return packs.get(language).classes().keySet();
    }

    /** The match text of a field and every phrase hit in it, computed once per field. */
    public FieldPhrases phrases(TextField field) {
        return field.analysis(analysis);
    }

    /** The language the draft is checked in, decided once per draft. */
    public String language(Draft draft) {
        return draft.analysis(language);
    }

    private String detectLanguage(Draft draft) {
        if (draft.language() != null && packs.containsKey(draft.language())) {
            return draft.language();
        }
        List<String> codes = matcher().languages();
        int[] votes = new int[codes.size()];
        for (TextField field : draft.textFields()) {
            PhraseMatcher.Matches matches = phrases(field).matches;
            for (int language = 0; language < votes.length; language++) {
                votes[language] += matches.stopwords(language);
            }
        }
        String best = FALLBACK_LANGUAGE;
        int fallback = matcher().languageIndex(FALLBACK_LANGUAGE);
        int most = fallback >= 0 ? votes[fallback] : 0;
        for (int language = 0; language < votes.length; language++) {
            if (votes[language] > most) {
                best = codes.get(language);
                most = votes[language];
            }
        }
        return best;
    }

    /** The match text of a field and its phrase hits, filed by term class and language. */
    public static final class FieldPhrases {

        private final MatchText text;
        private final PhraseMatcher matcher;
        private final PhraseMatcher.Matches matches;
        private String lastLanguage;
        private int lastLanguageIndex = -1;

        FieldPhrases(MatchText text, PhraseMatcher matcher, PhraseMatcher.Matches matches) {
            this.text = text;
            this.matcher = matcher;
            this.matches = matches;
        }

        public MatchText text() {
            return text;
        }

        /** Hits of the given term class in the given language, sorted by start, then end. */
        public List<PhraseHit> of(String termClass, String language) {
            // A draft is read in one language: remember its index rather than look it up per call.
            if (!Objects.equals(language, lastLanguage)) {
                lastLanguageIndex = matcher.languageIndex(language);
                lastLanguage = language;
            }
            return matches.of(matcher.key(termClass, lastLanguageIndex));
        }

        /**
         * The negations of a language ({@code purpose.negation}) that negate: not those inside an
         * encouragement ({@code purpose.encourage}), which urges on what follows ("don't hesitate to
         * call us", "n'hésitez pas à nous appeler").
         */
        public List<PhraseHit> negations(String language) {
            return PhraseHit.notInside(of(NEGATION, language), of(ENCOURAGE, language));
        }

        /** Hits of the given term class in every language that has it, sorted by start, then end. */
        public List<PhraseHit> ofEveryLanguage(String termClass) {
            List<PhraseHit> all = new ArrayList<>();
            for (int key : matcher.keysOf(termClass)) {
                all.addAll(matches.of(key));
            }
            all.sort(PhraseHit.ORDER);
            return all;
        }
    }
}
