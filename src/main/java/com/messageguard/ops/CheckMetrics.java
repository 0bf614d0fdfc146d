package com.messageguard.ops;

import com.messageguard.engine.CheckResult;
import com.messageguard.engine.RuleRegistry;
import com.messageguard.engine.Verdict;
import com.messageguard.engine.Violation;
import com.messageguard.ruledata.RuleDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The service's own series for the ops dashboards: {@code messageguard_checks_total{verdict}},
 * {@code messageguard_violations_total{rule}} and the {@code messageguard_check_latency_seconds}
 * histogram. Every series is registered at start-up at zero, so dashboards and alerts see them
 * before the first check.
 */
@Component
public class CheckMetrics {

    private final Map<Verdict, Counter> checks = new EnumMap<>(Verdict.class);
    private final Map<String, Counter> violations = new HashMap<>();
    private final Timer latency;

    public CheckMetrics(MeterRegistry meters, RuleRegistry rules) {
        for (Verdict verdict : Verdict.values()) {
            checks.put(verdict, Counter.builder("messageguard.checks")
                    .description("Drafts checked, by verdict")
                    .tag("verdict", verdict.name())
                    .register(meters));
        }
        for (RuleDefinition rule : rules.ruleSet().rules()) {
            violations.put(rule.id(), Counter.builder("messageguard.violations")
                    .description("Violations reported, by rule")
                    .tag("rule", rule.id())
                    .register(meters));
        }
        this.latency = Timer.builder("messageguard.check.latency")
                .description("Time to check one draft inside the engine, without HTTP and JSON")
                .publishPercentileHistogram()
                // Checks take microseconds, not the milliseconds the default buckets start at.
                .minimumExpectedValue(Duration.ofNanos(20_000))
                .maximumExpectedValue(Duration.ofSeconds(1))
                .register(meters);
    }

    public void record(CheckResult result, long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
        checks.get(result.verdict()).increment();
        for (Violation violation : result.violations()) {
            violations.get(violation.rule()).increment();
        }
    }
}
