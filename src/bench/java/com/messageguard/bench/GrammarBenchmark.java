package com.messageguard.bench;

import com.messageguard.MessageGuardApplication;
import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
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
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks with {@code checkGrammar: true} through the engine (no HTTP), English and German
 * preloaded (the corpus's other languages load during the warm-up, waited for):
 * a short message, a message of about 200 characters in English and in German, and the corpus
 * messages in turn (each in its own language). Compare with {@link CheckBenchmark}, the same
 * checks without grammar, and with {@code *LanguageToolAlone}: LanguageTool's own check of the same
 * text, as it comes, the least a proofread check can cost. A check that was not proofread (over the
 * time bound) is counted and printed at the end: the figures hold only when that count is 0.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class GrammarBenchmark {

    private ConfigurableApplicationContext context;
    private CheckEngine engine;
    private DraftFactory drafts;
    private final List<CheckRequest> corpus = new ArrayList<>();
    private final AtomicInteger notProofread = new AtomicInteger();

    private final CheckRequest shortMessage = request("Thanks, it ships today.", null);
    private final CheckRequest english = request("Hello Anna, thank you for your message. Your order left our "
            + "workshop this morning and should arrive on Thursday. If the colour is not what you expected, reply "
            + "here and we will sort it out.", "en");
    private final CheckRequest german = request("Hallo Frau Berger, vielen Dank für Ihre Nachricht. Ihre Bestellung "
            + "hat heute Morgen unsere Werkstatt verlassen und sollte am Donnerstag ankommen. Falls die Farbe nicht "
            + "passt, antworten Sie bitte hier.", "de");

    private static CheckRequest request(String body, String language) {
        return new CheckRequest(null, body, "BUYER_INQUIRY_REPLY", 3, null, List.of(), null, language, true, null);
    }

    private JLanguageTool englishAlone;
    private JLanguageTool germanAlone;

    @Setup(Level.Trial)
    public void start() throws IOException {
        englishAlone = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        germanAlone = new JLanguageTool(Languages.getLanguageForShortCode("de-DE"));
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        context = app.run("--logging.level.root=WARN", "--messageguard.grammar.preload=en,de",
                "--messageguard.grammar.timeout=60s");
        engine = context.getBean(CheckEngine.class);
        drafts = context.getBean(DraftFactory.class);
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = GrammarBenchmark.class.getResourceAsStream("/corpus/cases.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    CheckRequest r = json.treeToValue(json.readTree(line).get("request"), CheckRequest.class);
                    corpus.add(new CheckRequest(r.subject(), r.body(), r.contactReason(), r.orderAgeDays(),
                            r.daysSinceDelivery(), r.attachments(), r.context(), r.language(), true, null));
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf("%nDrafts not proofread within the time bound: %d%n", notProofread.get());
        context.close();
    }

    private CheckResult check(CheckRequest request) {
        CheckResult result = engine.check(drafts.create(request));
        if (!Boolean.TRUE.equals(result.grammarChecked())) {
            notProofread.incrementAndGet();
        }
        return result;
    }

    @Benchmark
    public CheckResult shortMessageGrammarCheck() {
        return check(shortMessage);
    }

    @Benchmark
    public CheckResult englishMessageGrammarCheck() {
        return check(english);
    }

    @Benchmark
    public CheckResult germanMessageGrammarCheck() {
        return check(german);
    }

    @Benchmark
    public List<RuleMatch> englishMessageLanguageToolAlone() throws IOException {
        return englishAlone.check(english.body());
    }

    @Benchmark
    public List<RuleMatch> germanMessageLanguageToolAlone() throws IOException {
        return germanAlone.check(german.body());
    }

    /** One corpus message per call, in turn, each in its own language. */
    @Benchmark
    public CheckResult corpusMessageGrammarCheck(CheckBenchmark.Turn turn) {
        return check(corpus.get(turn.next(corpus.size())));
    }
}
