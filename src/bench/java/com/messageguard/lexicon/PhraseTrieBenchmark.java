package com.messageguard.lexicon;

import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.text.MatchText;
import com.messageguard.text.NormalizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;

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
        List<LanguagePack> packs = rules.settings().languages().stream()
                .map(language -> rules.data("lang/" + language + ".yaml", LanguagePack.class)).toList();
        matcher = new PhraseMatcher(packs, chains);
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PhraseTrieBenchmark.class.getResourceAsStream("/corpus/cases.jsonl"), StandardCharsets.UTF_8))) {
            texts = in.lines().filter(line -> !line.isBlank()).map(line -> json.readTree(line).get("request"))
                    .filter(request -> request.hasNonNull("body")).map(request -> request.get("body").asText())
                    .map(body -> MatchText.of(NormalizedText.identity(body))).toList();
        }
    }

    /** One operation: the phrase pass over every corpus body. */
    @Benchmark
    public void corpusPhrases(Blackhole blackhole) {
        for (MatchText text : texts) {
            blackhole.consume(matcher.find(text));
        }
    }
}
