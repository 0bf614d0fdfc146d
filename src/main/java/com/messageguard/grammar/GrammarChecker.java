package com.messageguard.grammar;

import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Proofreader;
import com.messageguard.engine.TextField;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@code spelling-grammar} rule: LanguageTool proofreads the seller's own text fields (a reply's
 * quoted subject is the buyer's) in the draft's language, within the bounds of
 * {@link GrammarSettings}, and what it finds becomes a WARN unless a careful proofreader would leave
 * it alone ({@link QuietWords}, and whatever another rule reported there already). Offsets
 * LanguageTool gives for the normalized text are mapped back to the original, as for every rule.
 */
@Component
public class GrammarChecker implements Proofreader, SmartInitializingSingleton, DisposableBean {

    public static final String RULE_ID = "spelling-grammar";
    static final String SPELLING = "spelling";
    static final String SPELLING_NO_REPLACEMENT = "spelling-no-replacement";
    static final String NO_REPLACEMENT = "no-replacement";

    private final GrammarSettings settings;
    private final Lexicon lexicon;
    private final GrammarLanguages languages;
    private final BoundedChecks checks;
    private final Set<String> notProse;
    private final Map<String, QuietWords> quietWords = new HashMap<>();
    private final Map<BoundedChecks.Status, Counter> outcomes = new EnumMap<>(BoundedChecks.Status.class);
    private final List<CompletableFuture<LanguageToolPool>> preloading = new ArrayList<>();

    @Autowired
    public GrammarChecker(RuleSet rules, Lexicon lexicon, GrammarSettings settings, MeterRegistry meters) {
        this(rules, lexicon, settings, meters, new GrammarLanguages(rules.data(GrammarData.FILE, GrammarData.class)));
    }

    /** With languages loaded elsewhere: tests share them between checkers of other settings. */
    GrammarChecker(RuleSet rules, Lexicon lexicon, GrammarSettings settings, MeterRegistry meters,
                   GrammarLanguages languages) {
        this.settings = settings;
        this.lexicon = lexicon;
        GrammarData data = rules.data(GrammarData.FILE, GrammarData.class);
        for (String rule : data.notProse()) {
            if (rules.rule(rule).isEmpty()) {
                throw new RuleDataException(GrammarData.FILE, "notProse: '" + rule + "' is no rule of catalog.yaml");
            }
        }
        this.notProse = Set.copyOf(data.notProse());
        data.languages().forEach((code, language) -> {
            if (!rules.settings().languages().contains(code)) {
                throw new RuleDataException(GrammarData.FILE, "languages." + code
                        + ": no language pack of settings.yaml has this code (" + rules.settings().languages() + ")");
            }
            quietWords.put(code, new QuietWords(data.accept(), language));
        });
        this.languages = languages;
        for (String code : settings.preload()) {
            if (!languages.supports(code)) {
                throw new IllegalArgumentException("messageguard.grammar.preload: '" + code
                        + "' is not a language of grammar.yaml " + data.languages().keySet());
            }
            preloading.add(languages.pool(code));
        }
        this.checks = new BoundedChecks(settings.maxConcurrent());
        for (BoundedChecks.Status status : BoundedChecks.Status.values()) {
            outcomes.put(status, Counter.builder("messageguard.grammar.checks")
                    .description("Drafts that asked for spelling and grammar, by outcome: done, or why not "
                            + "(busy: too many at once; timeout: slower than messageguard.grammar.timeout; "
                            + "failed; unsupported: a language without LanguageTool; "
                            + "no-heap: its LanguageTool does not fit the maximum heap)")
                    .tag("outcome", status.tag())
                    .register(meters));
        }
    }

    /** Start-up waits for the preloaded languages; one that fails to load fails the start. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            preloading.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            throw new IllegalStateException("messageguard.grammar.preload: LanguageTool could not be loaded", e.getCause());
        }
    }

    @Override
    public void destroy() {
        checks.close();
        languages.close();
    }

    @Override
    public String ruleId() {
        return RULE_ID;
    }

    @Override
    public Set<String> variants() {
        return Set.of(SPELLING, SPELLING_NO_REPLACEMENT, NO_REPLACEMENT);
    }

    /** The languages whose LanguageTool is loaded so far. */
    public Set<String> loadedLanguages() {
        return languages.loaded();
    }

    @Override
    public Proofreading proofread(Draft draft, List<Finding> reported) {
        String language = lexicon.language(draft);
        if (!languages.supports(language)) {
            return count(BoundedChecks.Status.UNSUPPORTED);
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        BoundedChecks.Outcome<LanguageToolPool> loading = languages.await(language, deadline);
        if (loading.status() != BoundedChecks.Status.DONE) {
            return count(loading.status());
        }
        LanguageToolPool pool = loading.value();
        List<TextField> fields = draft.wordingFields();
        BoundedChecks.Outcome<List<List<GrammarMatch>>> outcome = checks.run(() -> {
            List<List<GrammarMatch>> matches = new ArrayList<>(fields.size());
            for (TextField field : fields) {
                matches.add(pool.check(field.text(), deadline));
            }
            return matches;
        }, deadline);
        if (outcome.status() != BoundedChecks.Status.DONE) {
            return count(outcome.status());
        }
        count(BoundedChecks.Status.DONE);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            TextField field = fields.get(i);
            List<Span> quiet = quietWords.get(language).of(field.text(), field.name().equals("body"));
            for (GrammarMatch match : outcome.value().get(i)) {
                if (!touches(match.start(), match.end(), quiet) && !reportedThere(field, match, reported)) {
                    findings.add(finding(field, match));
                }
            }
        }
        return new Proofreading(true, findings);
    }

    private Proofreading count(BoundedChecks.Status status) {
        outcomes.get(status).increment();
        return Proofreading.NOT_CHECKED;
    }

    /** A span of a rule of {@code notProse} there: an e-mail address or a link is no misspelling to fix. */
    private boolean reportedThere(TextField field, GrammarMatch match, List<Finding> reported) {
        NormalizedText text = field.normalized();
        int start = text.originalStart(match.start());
        int end = text.originalEnd(match.end());
        for (Finding finding : reported) {
            if (finding.hasSpan() && notProse.contains(finding.rule()) && finding.field().equals(field.name())
                    && finding.start() < end && start < finding.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean touches(int start, int end, List<Span> spans) {
        for (Span span : spans) {
            if (span.start() < end && start < span.end()) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(TextField field, GrammarMatch match) {
        NormalizedText text = field.normalized();
        int start = text.originalStart(match.start());
        int end = text.originalEnd(match.end());
        List<String> replacements = match.replacements().stream().filter(r -> !r.isBlank()).toList();
        String variant = match.spelling()
                ? replacements.isEmpty() ? SPELLING_NO_REPLACEMENT : SPELLING
                : replacements.isEmpty() ? NO_REPLACEMENT : null;
        Map<String, Object> args = Map.of(
                "words", field.original().substring(start, end).strip().replaceAll("\\s+", " "),
                "explanation", match.explanation(),
                "replacements", quoted(replacements));
        return new Finding(RULE_ID, variant, field.name(), start, end, args, match.ruleId());
    }

    /** {@code "order", "ODR" or "ORD"}. */
    static String quoted(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                out.append(i == words.size() - 1 ? " or " : ", ");
            }
            out.append('"').append(words.get(i)).append('"');
        }
        return out.toString();
    }
}
