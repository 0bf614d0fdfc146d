package com.messageguard.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The bounded wait: a hanging or failing database costs a caller its timeout, never more. */
class LedgerCallsTest {

    private final MutableClock clock = new MutableClock();
    private final LedgerCalls calls = new LedgerCalls(2, clock);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() throws InterruptedException {
        release.countDown();
        calls.close();
    }

    @Test
    void aHangingCallIsGivenUpAfterItsTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> calls.call(Duration.ofMillis(100), () -> release.await(30, TimeUnit.SECONDS)))
                .isInstanceOf(LedgerUnavailableException.class)
                .hasMessageContaining("did not answer within 100 ms");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void afterAFailureCallsFailAtOnceUntilTheCoolDownEndsThenTheDatabaseIsTriedAgain() throws Exception {
        assertThatThrownBy(() -> calls.call(Duration.ofSeconds(5), () -> {
            throw new DataAccessResourceFailureException("connection refused");
        })).isInstanceOf(LedgerUnavailableException.class).hasMessageContaining("failed");

        assertThatThrownBy(() -> calls.call(Duration.ofSeconds(5), () -> "not run"))
                .isInstanceOf(LedgerUnavailableException.class).hasMessageContaining("a moment ago");
        assertThat(calls.probe(Duration.ofSeconds(5), () -> "probe runs")).isEqualTo("probe runs");

        assertThatThrownBy(() -> calls.call(Duration.ofSeconds(5), () -> {
            throw new DataAccessResourceFailureException("still down");
        })).isInstanceOf(LedgerUnavailableException.class);
        clock.advance(LedgerCalls.COOL_DOWN.plusMillis(1));
        assertThat(calls.call(Duration.ofSeconds(5), () -> "back")).isEqualTo("back");
        assertThat(calls.call(Duration.ofSeconds(5), () -> "and stays")).isEqualTo("and stays");
    }

    /** Gives the two threads (and then the queue) work that waits for {@link #release}. */
    private void occupy(int calls) throws InterruptedException {
        for (int i = 0; i < calls; i++) {
            new Thread(() -> {
                try {
                    this.calls.probe(Duration.ofSeconds(30), () -> release.await(30, TimeUnit.SECONDS));
                } catch (LedgerUnavailableException e) {
                    // not expected: the threads and the queue hold them
                }
            }).start();
        }
        Thread.sleep(300);
    }

    @Test
    void callsBeyondTheQueueAreRefusedAtOnce() throws Exception {
        occupy(2 + 256);
        long started = System.nanoTime();

        assertThatThrownBy(() -> calls.probe(Duration.ofSeconds(30), () -> "queued"))
                .isInstanceOf(LedgerUnavailableException.class).hasMessageContaining("too many");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aCallThatTimedOutWaitingForAThreadStartsNoCoolDown() throws Exception {
        occupy(2);

        assertThatThrownBy(() -> calls.call(Duration.ofMillis(100), () -> "waits behind the busy threads"))
                .isInstanceOf(LedgerUnavailableException.class).hasMessageContaining("busy");
        release.countDown();
        assertThat(calls.call(Duration.ofSeconds(5), () -> "no cool-down")).isEqualTo("no cool-down");
    }

    @Test
    void aBugInTheWorkIsNotMistakenForAnOutage() {
        assertThatThrownBy(() -> calls.call(Duration.ofSeconds(5), () -> {
            throw new IllegalArgumentException("bug");
        })).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
