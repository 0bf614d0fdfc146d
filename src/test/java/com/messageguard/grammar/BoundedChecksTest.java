package com.messageguard.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The bound on concurrent grammar checks and on the time a request waits for one, without LanguageTool. */
@ExtendWith(OutputCaptureExtension.class)
class BoundedChecksTest {

    private final BoundedChecks checks = new BoundedChecks(1);

    @AfterEach
    void close() {
        checks.close();
    }

    private static long in(Duration duration) {
        return System.nanoTime() + duration.toNanos();
    }

    @Test
    void aCheckWithinItsTimeGivesItsValue() {
        BoundedChecks.Outcome<String> outcome = checks.run(() -> "done", in(Duration.ofSeconds(5)));

        assertThat(outcome.status()).isEqualTo(BoundedChecks.Status.DONE);
        assertThat(outcome.value()).isEqualTo("done");
    }

    @Test
    void aCheckBeyondTheBoundIsRefusedAtOnceAndThePermitReturnsWhenTheRunningOneEnds() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        Thread holder = new Thread(() -> checks.run(() -> {
            running.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }, in(Duration.ofSeconds(10))));
        holder.start();
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThat(checks.run(() -> "second", in(Duration.ofSeconds(5))).status()).isEqualTo(BoundedChecks.Status.BUSY);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

        release.countDown();
        holder.join(5_000);
        assertThat(eventually(() -> "third")).isEqualTo(BoundedChecks.Status.DONE);
    }

    @Test
    void aSlowCheckTimesOutAndKeepsItsPermitUntilItEnds() throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        long started = System.nanoTime();
        BoundedChecks.Outcome<String> slow = checks.run(() -> {
            Thread.sleep(600);
            ended.countDown();
            return "late";
        }, in(Duration.ofMillis(100)));

        assertThat(slow.status()).isEqualTo(BoundedChecks.Status.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(checks.run(() -> "meanwhile", in(Duration.ofSeconds(5))).status()).isEqualTo(BoundedChecks.Status.BUSY);
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(eventually(() -> "after")).isEqualTo(BoundedChecks.Status.DONE);
    }

    @Test
    void aFailingCheckIsReportedAsFailedAndItsMessageWhichMayQuoteTheTextIsNotLogged(CapturedOutput output) {
        BoundedChecks.Outcome<String> outcome = checks.run(() -> {
            throw new IllegalStateException("Could not check sentence: ZQXSECRET");
        }, in(Duration.ofSeconds(5)));

        assertThat(outcome.status()).isEqualTo(BoundedChecks.Status.FAILED);
        assertThat(output.getAll()).contains("IllegalStateException").doesNotContain("ZQXSECRET");
    }

    /** The status of a check run once the permit of one that just ended is back (its thread releases it last). */
    private BoundedChecks.Status eventually(java.util.concurrent.Callable<String> check) throws InterruptedException {
        long deadline = in(Duration.ofSeconds(5));
        BoundedChecks.Status status = checks.run(check, in(Duration.ofSeconds(5))).status();
        while (status == BoundedChecks.Status.BUSY && System.nanoTime() < deadline) {
            Thread.sleep(10);
            status = checks.run(check, in(Duration.ofSeconds(5))).status();
        }
        return status;
    }
}
