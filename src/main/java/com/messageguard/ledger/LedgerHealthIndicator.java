package com.messageguard.ledger;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when the ledger's database answers a query on the ledger's table within a second. Part of
 * {@code /health} and of the readiness group, not of liveness: a database outage makes a replica
 * unready, never restarts it. Probes bypass the cool-down of {@link LedgerCalls}, so they see the
 * database come back at once.
 */
public class LedgerHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final LedgerCalls calls;
    private final SentMessageRepository repository;

    public LedgerHealthIndicator(LedgerCalls calls, SentMessageRepository repository) {
        this.calls = calls;
        this.repository = repository;
    }

    @Override
    public Health health() {
        try {
            calls.probe(TIMEOUT, () -> {
                repository.ping();
                return null;
            });
            return Health.up().build();
        } catch (LedgerUnavailableException e) {
            return Health.down().withDetail("reason", e.getMessage()).build();
        }
    }
}
