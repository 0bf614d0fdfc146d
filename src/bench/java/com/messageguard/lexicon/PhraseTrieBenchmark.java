package com.messageguard.lexicon;

import com.messageguard.bench.BenchMessages;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.text.MatchText;
import com.messageguard.text.NormalizedText;
import com.messageguard.web.CheckRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.core.io.DefaultResourceLoader;

/** The phrase pass alone over the corpus bodies, with chain records and with a record per trie node. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PhraseTrieBenchmark {

    @Param({"true", "false"})
    public boolean chains;

    private PhraseMatcher matcher;
    private List<MatchText> texts;

    @Setup
    public void setUp() throws IOException {
        RuleSet rules = new RuleSetLoader(new DefaultResourceLoader(),
                "file:" + Path.of("rules").toAbsolutePath() + "/").load();
        matcher = new PhraseMatcher(Lexicon.packs(rules), chains);
        texts = BenchMessages.corpus().stream().map(CheckRequest::body).filter(Objects::nonNull)
                .map(body -> MatchText.of(NormalizedText.identity(body))).toList();
    }

    /** One operation: the phrase pass over every corpus body. */
    @Benchmark
    public void corpusPhrases(Blackhole blackhole) {
        for (MatchText text : texts) {
            blackhole.consume(matcher.find(text));
        }
    }
}
