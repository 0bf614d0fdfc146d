package com.messageguard.bench;

import com.messageguard.MessageGuardApplication;
import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.io.IOException;
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
        corpus.addAll(BenchMessages.corpus());
        long bytes = 0;
        for (CheckRequest r : corpus) {
            bytes += r.body().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%nCorpus: %d messages, %d bytes of body text%n", corpus.size(), bytes);
        message2000 = BenchMessages.message2000(corpus);
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
    private final CheckRequest shortMessage = BenchMessages.reply("Thanks, it ships today.");

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
