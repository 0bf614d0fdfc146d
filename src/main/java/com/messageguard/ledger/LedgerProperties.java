package com.messageguard.ledger;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ledger (prefix {@code messageguard.ledger}). The database itself is Spring's
 * {@code spring.datasource.*}.
 *
 * @param enabled       false gives the stateless service: no database, no ledger endpoints
 * @param zone          the time zone whose midnight starts the day {@code daily-limit} counts
 * @param retention     records older than this are purged
 * @param purgeInterval how often the purge runs (every replica runs it; deleting twice is harmless)
 * @param lookupTimeout the longest {@code /check} waits for the ledger before it answers from the
 *                      request's own context
 * @param writeTimeout  the longest {@code POST /messages} and the ledger's reads and deletes wait
 *                      before they answer 503
 * @param retryAfter    the {@code Retry-After} of a 503
 * @param threads       threads that talk to the database; keep it at the connection pool's size
 *                      ({@code spring.datasource.hikari.maximum-pool-size}, 10 by default)
 */
@ConfigurationProperties("messageguard.ledger")
public record LedgerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("250ms") Duration lookupTimeout,
        @DefaultValue("3s") Duration writeTimeout,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue("10") int threads) {

    public LedgerProperties {
        require(retention.compareTo(Duration.ofDays(1)) >= 0, "retention must be at least 1d");
        require(isPositive(purgeInterval), "purge-interval must be positive");
        require(isPositive(lookupTimeout), "lookup-timeout must be positive");
        require(isPositive(writeTimeout), "write-timeout must be positive");
        require(retryAfter.toSeconds() >= 1, "retry-after must be at least 1s");
        require(threads >= 1, "threads must be at least 1");
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("messageguard.ledger." + message);
        }
    }
}
