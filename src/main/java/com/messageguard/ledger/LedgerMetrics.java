package com.messageguard.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The ledger's series at {@code /metrics}: {@code messageguard_ledger_records_total{outcome}}
 * (recorded, replayed: a repeated messageId, blocked: a BLOCK verdict, not recorded),
 * {@code messageguard_ledger_conflicts_total{kind}} (the database refused a second review request
 * for an order or a second record of a messageId: the races the constraints decide),
 * {@code messageguard_ledger_unavailable_total{operation}}, {@code messageguard_ledger_purged_total}
 * and the {@code messageguard_ledger_lookup_seconds} histogram: how long {@code /check} waited for
 * the ledger. The connection pool's own series are {@code hikaricp_connections_*}.
 */
public class LedgerMetrics {

    private final Counter recorded;
    private final Counter replayed;
    private final Counter blocked;
    private final Counter reviewConflicts;
    private final Counter messageIdConflicts;
    private final Counter lookupUnavailable;
    private final Counter writeUnavailable;
    private final Counter purged;
    private final Timer lookup;

    public LedgerMetrics(MeterRegistry meters) {
        this.recorded = records(meters, "recorded");
        this.replayed = records(meters, "replayed");
        this.blocked = records(meters, "blocked");
        this.reviewConflicts = conflicts(meters, "review-request");
        this.messageIdConflicts = conflicts(meters, "message-id");
        this.lookupUnavailable = unavailable(meters, "lookup");
        this.writeUnavailable = unavailable(meters, "write");
        this.purged = Counter.builder("messageguard.ledger.purged")
                .description("Records deleted by the retention purge")
                .register(meters);
        this.lookup = Timer.builder("messageguard.ledger.lookup")
                .description("Time /check waited for the ledger's facts, including time spent waiting for a thread")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(20_000))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(meters);
    }

    private static Counter records(MeterRegistry meters, String outcome) {
        return Counter.builder("messageguard.ledger.records").description("POST /messages outcomes")
                .tag("outcome", outcome).register(meters);
    }

    private static Counter conflicts(MeterRegistry meters, String kind) {
        return Counter.builder("messageguard.ledger.conflicts")
                .description("Records the database's unique constraints refused").tag("kind", kind).register(meters);
    }

    private static Counter unavailable(MeterRegistry meters, String operation) {
        return Counter.builder("messageguard.ledger.unavailable")
                .description("Ledger calls answered without the database").tag("operation", operation).register(meters);
    }

    void recorded() {
        recorded.increment();
    }

    void replayed() {
        replayed.increment();
    }

    void blocked() {
        blocked.increment();
    }

    void reviewConflict() {
        reviewConflicts.increment();
    }

    void messageIdConflict() {
        messageIdConflicts.increment();
    }

    void lookup(long nanos, boolean available) {
        lookup.record(nanos, TimeUnit.NANOSECONDS);
        if (!available) {
            lookupUnavailable.increment();
        }
    }

    void writeUnavailable() {
        writeUnavailable.increment();
    }

    void purged(int records) {
        purged.increment(records);
    }
}
