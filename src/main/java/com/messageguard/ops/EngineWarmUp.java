package com.messageguard.ops;

import com.messageguard.engine.CheckEngine;
import com.messageguard.web.CheckRequest;
import com.messageguard.web.CheckResponse;
import com.messageguard.web.DraftFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the bundled drafts (the requests of the labelled corpus) over and over for a few seconds
 * at start-up, so the JIT has compiled the rules before the first real request: on 2 cores a cold
 * service answers several times slower than a warm one for its first minute, and a replica that an
 * autoscaler adds takes traffic at once. The warm-up runs on a thread of its own from the moment
 * every bean exists, beside the web server's and the database's start, and the service reports
 * ready ({@link WarmUpHealthIndicator}) when it ends. It reads and writes JSON with the service's
 * own mapper, so the request and response types warm up too, and it records no metrics and
 * touches no ledger.
 */
@Component
public class EngineWarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EngineWarmUp.class);
    static final String DRAFTS = "warm-up/cases.jsonl";

    private final CheckEngine engine;
    private final DraftFactory drafts;
    private final JsonMapper json;
    private final Duration duration;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile int checks;

    public EngineWarmUp(CheckEngine engine, DraftFactory drafts, JsonMapper json, WarmUpProperties properties) {
        this.engine = engine;
        this.drafts = drafts;
        this.json = json;
        this.duration = properties.duration();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (duration.isZero()) {
            done.countDown();
            return;
        }
        if ("onRefresh".equals(System.getProperty("spring.context.exit"))) {
            // A training run for a class data archive or an AOT cache (scripts/cds-archive.sh) exits
            // right after this: warming up in line lets it record the warm engine's classes and profiles.
            run();
            return;
        }
        Thread thread = new Thread(this::run, "engine-warm-up");
        thread.setDaemon(true); // never holds up a shutdown
        thread.setPriority(Thread.NORM_PRIORITY - 1); // start-up's own threads come first
        thread.start();
    }

    private void run() {
        long started = System.nanoTime();
        try {
            List<String> bodies = bodies();
            long until = started + duration.toNanos();
            int count = 0;
            while (System.nanoTime() < until) {
                for (String body : bodies) {
                    CheckRequest request = json.readValue(body, CheckRequest.class);
                    json.writeValueAsBytes(CheckResponse.of(engine.check(drafts.create(request)), null));
                    count++;
                }
            }
            checks = count;
            log.info("Engine warm-up: {} checks of {} bundled drafts in {} ms", count, bodies.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // A failed warm-up costs speed, not correctness: the service still starts, cold.
            log.warn("Engine warm-up stopped after {} ms: {}", (System.nanoTime() - started) / 1_000_000, e.toString());
        } finally {
            done.countDown();
        }
    }

    /** The request of each corpus line, as JSON text. */
    private List<String> bodies() {
        List<String> bodies = new ArrayList<>();
        try (InputStream in = new ClassPathResource(DRAFTS).getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode request = json.readTree(line).get("request");
                    if (request != null) {
                        bodies.add(request.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DRAFTS, e);
        }
        return bodies;
    }

    /** Whether the warm-up has ended (or never ran). */
    public boolean finished() {
        return done.getCount() == 0;
    }

    /** Waits for the end of the warm-up at most {@code timeout}; whether it has ended. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The drafts checked, once finished (0 while running or when it was off or failed). */
    public int checks() {
        return checks;
    }
}
