package com.messageguard.grammar;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.engine.CheckResult;
import com.messageguard.testing.TestIntents;
import com.messageguard.testing.TestRules;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A LanguageTool that does not fit the heap is not loaded: the service stays up, the draft goes unproofread. */
class HeapBudgetTest {

    private static final long MB = 1024 * 1024;
    private static final GrammarData DATA = GrammarFixture.DATA;

    private static int heapOf(String code) {
        return DATA.languages().get(code).heapMb();
    }

    @Test
    void admitsLanguagesWhileTheHeapHoldsTheReserveAndEveryLanguageAdmitted() {
        long max = (DATA.heapReserveMb() + heapOf("en") + heapOf("it")) * MB;
        HeapBudget budget = new HeapBudget(DATA, max);

        assertThat(budget.admit("en")).isTrue();
        assertThat(budget.admit("en")).as("admitted once, counted once").isTrue();
        assertThat(budget.admit("de")).isFalse();
        assertThat(budget.admit("it")).isTrue();
        assertThat(budget.admit("es")).as("nothing left").isFalse();
        assertThat(budget.refusal("es")).contains("'es' needs " + heapOf("es") + " MB", "raise -Xmx");
    }

    @Test
    void theShippedFootprintsKeepGermanOutOfA256MegabyteHeapAndLetEnglishIn() {
        assertThat(new HeapBudget(DATA, 256 * MB).admit("de")).isFalse();
        assertThat(new HeapBudget(DATA, 256 * MB).admit("en")).isTrue();
    }

    @Test
    void aDraftInALanguageThatDoesNotFitIsAnsweredUnproofreadWithoutLoadingIt() {
        GrammarLanguages languages = new GrammarLanguages(DATA, (DATA.heapReserveMb() + heapOf("de") - 1) * MB);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        GrammarChecker checker = new GrammarChecker(TestRules.ruleSet(), TestIntents.lexicon(),
                new GrammarSettings(List.of(), 1, Duration.ofSeconds(5)), meters, languages);

        CheckResult result = GrammarFixture.engine(checker).check(draft().language("de").checkGrammar(true)
                .body("Vielen Dank für ihre Nachricht, die Jacke fält etwas klein aus.").build());

        assertThat(result.grammarChecked()).isFalse();
        assertThat(languages.loaded()).isEmpty();
        assertThat(meters.get("messageguard.grammar.checks").tag("outcome", "no-heap").counter().count()).isEqualTo(1);
        assertThatThrownBy(() -> languages.pool("de").join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(HeapBudget.Exceeded.class);
    }
}
