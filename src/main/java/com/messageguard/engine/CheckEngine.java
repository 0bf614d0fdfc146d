package com.messageguard.engine;

import com.messageguard.ruledata.RuleDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every active rule over a draft, then the proofreader when the draft asks for spelling and
 * grammar, and turns the findings into the violations of the response: texts from the catalog,
 * excerpts from the original text, the rule's safe fix where it has one, duplicates dropped, a
 * stable order.
 */
public final class CheckEngine {

    /**
     * Field, then start (whole-field findings first), then rule id, then end, message and detail:
     * the API's order. Written out rather than chained from key extractors, which boxed every
     * offset of every comparison: a draft with thousands of findings sorts them in its response.
     */
    static final Comparator<Violation> ORDER = CheckEngine::compare;
    private static final Comparator<String> DETAIL = Comparator.nullsFirst(Comparator.naturalOrder());

    private final RuleRegistry registry;
    private final CheckGate gate;

    public CheckEngine(RuleRegistry registry) {
        this(registry, CheckGate.OPEN);
    }

    public CheckEngine(RuleRegistry registry, CheckGate gate) {
        this.registry = registry;
        this.gate = gate;
    }

    public CheckResult check(Draft draft) {
        List<Finding> findings = new ArrayList<>();
        FindingSink sink = new FindingSink(findings);
        // The gate covers the rules only: a proofreading waits for LanguageTool, not for a core.
        boolean entered = gate.enter();
        try {
            for (Rule rule : registry.active()) {
                rule.check(draft, sink.forRule(rule.id()));
            }
        } finally {
            if (entered) {
                gate.leave();
            }
        }
        Boolean grammarChecked = draft.checkGrammar() ? proofread(draft, findings) : null;
        List<Violation> violations = new ArrayList<>(findings.size());
        String ruleId = null;
        RuleDefinition definition = null;
        Rule rule = null;
        for (Finding finding : findings) {
            // Findings come rule by rule: each rule is looked up once per run of its findings.
            if (!finding.rule().equals(ruleId)) {
                ruleId = finding.rule();
                definition = registry.definition(ruleId);
                rule = registry.rule(ruleId);
            }
            violations.add(explain(finding, draft, definition, rule));
        }
        violations.sort(ORDER);
        List<Violation> unique = withoutRepeats(violations);
        return new CheckResult(Verdict.of(unique), List.copyOf(unique), registry.ruleSet().version(), grammarChecked);
    }

    /**
     * A sorted list without the repeats of its violations, each kept where it was first found. A
     * repeat has the same order keys, so the stable sort put it in the same run of equal keys,
     * after the first: only the runs need a look. A set of every violation, the way before, cost
     * a draft with thousands of findings a tenth of its check in hashing them.
     */
    static List<Violation> withoutRepeats(List<Violation> sorted) {
        List<Violation> unique = new ArrayList<>(sorted.size());
        int run = 0;
        for (Violation violation : sorted) {
            if (unique.isEmpty() || ORDER.compare(unique.get(unique.size() - 1), violation) != 0) {
                run = unique.size();
                unique.add(violation);
            } else if (!unique.subList(run, unique.size()).contains(violation)) {
                unique.add(violation);
            }
        }
        return unique;
    }

    /** Adds the proofreader's findings to {@code findings}; whether it checked the draft. */
    private boolean proofread(Draft draft, List<Finding> findings) {
        Optional<Proofreader> proofreader = registry.proofreader();
        if (proofreader.isEmpty()) {
            return false;
        }
        Proofreader.Proofreading proofreading = proofreader.get().proofread(draft, List.copyOf(findings));
        findings.addAll(proofreading.findings());
        return proofreading.checked();
    }

    /** A finding of {@code rule} (null for the proofreader's) as its violation, in the words of {@code definition}. */
    private static Violation explain(Finding finding, Draft draft, RuleDefinition definition, Rule rule) {
        String excerpt = null;
        Fix fix = null;
        if (finding.hasSpan()) {
            String original = textOf(draft, finding.field());
            excerpt = original.substring(finding.start(), finding.end());
            fix = rule == null ? null : rule.fix(finding, original);
        }
        String variant = finding.variant();
        return new Violation(
                finding.rule(),
                definition.severityOf(variant),
                finding.field(),
                finding.start(),
                finding.end(),
                excerpt,
                fill(definition.messageOf(variant), finding.args()),
                definition.policy(),
                fill(definition.suggestionOf(variant), finding.args()),
                fix,
                finding.detail());
    }

    private static int compare(Violation a, Violation b) {
        int c = a.field().compareTo(b.field());
        if (c == 0) {
            c = Integer.compare(offset(a.start()), offset(b.start()));
        }
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        if (c == 0) {
            c = Integer.compare(offset(a.end()), offset(b.end()));
        }
        if (c == 0) {
            c = a.message().compareTo(b.message());
        }
        return c != 0 ? c : DETAIL.compare(a.detail(), b.detail());
    }

    /** A whole-field finding (no offsets) sorts before every text finding of its field. */
    private static int offset(Integer offset) {
        return offset == null ? -1 : offset;
    }

    private static String textOf(Draft draft, String field) {
        for (TextField text : draft.textFields()) {
            if (text.name().equals(field)) {
                return text.original();
            }
        }
        throw new IllegalStateException("a text finding names the field " + field + ", which has no text");
    }

    /**
     * Replaces {@code {name}} (ASCII letters) with the finding's argument; unknown placeholders stay
     * as written. A scan, not a regular expression: a draft with thousands of findings fills
     * thousands of texts, and a matcher per text showed in its profile.
     */
    static String fill(String template, Map<String, Object> args) {
        int open = template.indexOf('{');
        if (args.isEmpty() || open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int copied = 0;
        for (; open >= 0; open = template.indexOf('{', open + 1)) {
            int close = open + 1;
            while (close < template.length() && isAsciiLetter(template.charAt(close))) {
                close++;
            }
            if (close == open + 1 || close == template.length() || template.charAt(close) != '}') {
                continue;
            }
            Object value = args.get(template.substring(open + 1, close));
            if (value != null) {
                out.append(template, copied, open).append(value);
                copied = close + 1;
            }
            open = close;
        }
        return out.append(template, copied, template.length()).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
