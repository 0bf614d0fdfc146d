package com.messageguard.ledger;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes records older than {@code messageguard.ledger.retention} (90 days by default), every
 * {@code messageguard.ledger.purge-interval}, starting a minute after start-up. Every replica
 * runs it; deleting what another replica already deleted costs nothing.
 */
public class RetentionPurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final SentMessageRepository repository;
    private final LedgerTime time;
    private final LedgerMetrics metrics;
    private final Duration retention;
    private final Duration interval;

    public RetentionPurge(SentMessageRepository repository, LedgerTime time, LedgerMetrics metrics,
            Duration retention, Duration interval) {
        this.repository = repository;
        this.time = time;
        this.metrics = metrics;
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::purgeSafely,
                interval, FIRST_RUN));
    }

    /** Deletes what is older than the retention, as seen at {@code now}; returns the records deleted. */
    public int purge(Instant now) {
        Instant cutoff = now.minus(retention);
        int deleted = repository.purge(cutoff, time.dayOf(cutoff));
        metrics.purged(deleted);
        if (deleted > 0) {
            log.info("Retention purge: {} records sent before {} deleted", deleted, cutoff);
        }
        return deleted;
    }

    private void purgeSafely() {
        try {
            purge(time.now());
        } catch (RuntimeException e) {
            // The next run tries again; a database outage is reported by the health probes.
            log.warn("Retention purge failed: {}", e.getClass().getName());
        }
    }
}
