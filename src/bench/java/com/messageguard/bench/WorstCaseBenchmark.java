package com.messageguard.bench;

import com.messageguard.MessageGuardApplication;
import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.testing.WorstCases;
import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Each 20,000-character worst case of {@link WorstCases} through every rule: average time per check. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class WorstCaseBenchmark {

    @Param({"random digits", "digits and dashes", "spaced digits", "plus signs", "a@a@a@", "@ and . runs", "dots",
            "http:// repeated", "www. repeated", "spelled separators", "letter spacing", "5,000 emoji", "ZWJ chain",
            "regional indicators", "combining marks", "bidi controls", "zero-width spaces", "mathematical bold",
            "full-width digits", "html angle brackets", "ampersands", "line breaks", "one long word", "street words",
            "review phrases", "thanks", "random punctuation"})
    public String input;

    private ConfigurableApplicationContext context;
    private CheckEngine engine;
    private DraftFactory drafts;
    private CheckRequest request;

    @Setup(Level.Trial)
    public void start() {
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        context = app.run("--logging.level.root=WARN");
        engine = context.getBean(CheckEngine.class);
        drafts = context.getBean(DraftFactory.class);
        String body = WorstCases.all().get(input);
        if (body == null) {
            throw new IllegalArgumentException("no worst case named " + input);
        }
        request = new CheckRequest("Re: your order", body, "BUYER_INQUIRY_REPLY", 3, null, List.of(), null, null, null, null);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public CheckResult check() {
        return engine.check(drafts.create(request));
    }
}
