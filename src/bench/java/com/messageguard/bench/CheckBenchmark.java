package com.messageguard.bench;

import com.messageguard.MessageGuardApplication;
import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine without HTTP: every corpus message checked in turn ({@code corpus*}: one operation is
 * the whole corpus, so MB/s = corpus bytes x ops/s), one corpus message per call
 * ({@code corpusMessage*}: mean and percentiles per message), a short clean message
 * ({@code shortMessageCheck}: the fixed cost of a check), one 2,000-character message
 * ({@code message2000*}: mean and percentiles per check), and beside each the baseline that only
 * NFKC-normalizes and lower-cases the same text. A full check should cost at most 10x its baseline.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckBenchmark {

    private ConfigurableApplicationContext context;
    private CheckEngine engine;
    private DraftFactory drafts;
    private final List<CheckRequest> corpus = new ArrayList<>();
    private CheckRequest message2000;

    @Setup(Level.Trial)
    public void start() throws IOException {
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        context = app.run("--logging.level.root=WARN");
        engine = context.getBean(CheckEngine.class);
        drafts = context.getBean(DraftFactory.class);
        JsonMapper json = JsonMapper.builder().build();
        long bytes = 0;
        try (InputStream in = CheckBenchmark.class.getResourceAsStream("/corpus/cases.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode request = json.readTree(line).get("request");
                    CheckRequest r = json.treeToValue(request, CheckRequest.class);
                    corpus.add(r);
                    bytes += r.body().getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        System.out.printf("%nCorpus: %d messages, %d bytes of body text%n", corpus.size(), bytes);
        StringBuilder text = new StringBuilder();
        for (CheckRequest r : corpus) {
            if (text.length() >= 2_000) {
                break;
            }
            text.append(r.body()).append("\n\n");
        }
        text.setLength(2_000);
        message2000 = new CheckRequest("Re: your order", text.toString(), "BUYER_INQUIRY_REPLY", 3, null, List.of(),
                null, null, null, null);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void corpusCheck(Blackhole blackhole) {
        for (CheckRequest r : corpus) {
            blackhole.consume(engine.check(drafts.create(r)));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void corpusBaseline(Blackhole blackhole) {
        for (CheckRequest r : corpus) {
            blackhole.consume(baseline(r.body()));
        }
    }

    /** One corpus message per call, in turn: mean and percentiles per message. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CheckResult corpusMessageCheck(Turn turn) {
        return engine.check(drafts.create(corpus.get(turn.next(corpus.size()))));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String corpusMessageBaseline(Turn turn) {
        return baseline(corpus.get(turn.next(corpus.size())).body());
    }

    /** Which corpus message comes next, per benchmark thread. */
    @State(Scope.Thread)
    public static class Turn {
        private int index;

        int next(int size) {
            index = index + 1 == size ? 0 : index + 1;
            return index;
        }
    }

    /** A short, clean message: what a check costs beyond the text itself. */
    private final CheckRequest shortMessage = new CheckRequest("Re: your order", "Thanks, it ships today.",
            "BUYER_INQUIRY_REPLY", 3, null, List.of(), null, null, null, null);

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CheckResult shortMessageCheck() {
        return engine.check(drafts.create(shortMessage));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CheckResult message2000Check() {
        return engine.check(drafts.create(message2000));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String message2000Baseline() {
        return baseline(message2000.body());
    }

    private static String baseline(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
