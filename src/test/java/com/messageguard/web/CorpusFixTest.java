package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Fix;
import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.fix.Fixes;
import com.messageguard.testing.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every safe fix, applied to every case of both corpora: the fixed findings are gone and no rule
 * blocks the fixed draft that did not block the original. Checked twice: every fix applied once
 * (overlaps skipped), and {@code suggestFix}'s rounds, after which no fixable finding is left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CorpusFixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DraftFactory drafts;

    @Autowired
    CheckEngine engine;

    @Autowired
    DraftFixer fixer;

    @ParameterizedTest
    @ValueSource(strings = {Corpus.CASES, Corpus.GENERALIZATION})
    void fixesRemoveTheirFindingsAndAddNoBlock(String file) {
        List<String> failures = new ArrayList<>();
        int casesWithFixes = 0;
        int fixes = 0;
        for (JsonNode c : Corpus.cases(file)) {
            String id = c.get("id").asString();
            CheckRequest request = JSON.treeToValue(c.get("request"), CheckRequest.class);
            CheckResult original = engine.check(drafts.create(request));
            List<Violation> fixable = original.violations().stream().filter(v -> v.fix() != null).toList();
            if (fixable.isEmpty()) {
                continue;
            }
            casesWithFixes++;
            fixes += fixable.size();

            CheckRequest oncePatched = request.withText(
                    request.subject() == null ? null : Fixes.apply(request.subject(), fixesOf(fixable, "subject")),
                    Fixes.apply(request.body(), fixesOf(fixable, "body")));
            CheckResult once = engine.check(drafts.create(oncePatched));
            newBlocks(original, once).forEach(rule -> failures.add(id + ": one pass of fixes adds a BLOCK from " + rule));
            stillThere(fixable, once).forEach(rule -> failures.add(id + ": one pass of fixes leaves the " + rule + " finding"));

            DraftFixer.FixedDraft fixed = fixer.fix(request, original);
            newBlocks(original, fixed.recheck()).forEach(rule -> failures.add(id + ": suggestFix adds a BLOCK from " + rule));
            stillThere(fixable, fixed.recheck()).forEach(rule -> failures.add(id + ": suggestFix leaves the " + rule + " finding"));
            fixed.recheck().violations().stream().filter(v -> v.fix() != null)
                    .forEach(v -> failures.add(id + ": a fixable " + v.rule() + " is left after suggestFix"));
        }
        System.out.printf("%nCorpus %s: %d cases with fixes, %d fixes, %d failures%n", file, casesWithFixes, fixes, failures.size());
        assertThat(casesWithFixes).as("cases with a fix in %s", file).isGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    private static List<Fix> fixesOf(List<Violation> violations, String field) {
        return violations.stream().filter(v -> v.field().equals(field)).map(Violation::fix).toList();
    }

    /** The rules of fixed findings that the re-check still reports with the same excerpt in the same field. */
    private static List<String> stillThere(List<Violation> fixed, CheckResult after) {
        return fixed.stream()
                .filter(gone -> after.violations().stream().anyMatch(left -> left.rule().equals(gone.rule())
                        && left.field().equals(gone.field()) && left.excerpt().equals(gone.excerpt())))
                .map(Violation::rule)
                .toList();
    }

    private static Set<String> newBlocks(CheckResult before, CheckResult after) {
        Set<String> blocking = blocks(before);
        return blocks(after).stream().filter(rule -> !blocking.contains(rule)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> blocks(CheckResult result) {
        return result.violations().stream().filter(v -> v.severity() == Severity.BLOCK).map(Violation::rule)
                .collect(Collectors.toSet());
    }
}
