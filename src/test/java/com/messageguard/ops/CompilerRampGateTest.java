package com.messageguard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The gate's turns and when it opens, on a clock and a compile-time counter driven by the test. */
class CompilerRampGateTest {

    private final AtomicLong compileMillis = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    private CompilerRampGate gate(int turns, Duration longest) {
        return new CompilerRampGate(turns, longest, compileMillis::get, nanos::get);
    }

    /** One second passes with {@code checks} checks through the gate and the compilers busy for {@code compiling} ms. */
    private void second(CompilerRampGate gate, int checks, long compiling) {
        for (int i = 0; i < checks; i++) {
            if (gate.enter()) {
                gate.leave();
            }
        }
        compileMillis.addAndGet(compiling);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        gate.sample();
    }

    @Test
    void whileShutNoMoreChecksRunAtOnceThanItHasTurns() throws Exception {
        CompilerRampGate gate = gate(2, Duration.ofMinutes(5));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Future<?>[] done = new Future<?>[8];
            for (int t = 0; t < done.length; t++) {
                done[t] = threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < 200; i++) {
                        boolean entered = gate.enter();
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                        if (entered) {
                            gate.leave();
                        }
                    }
                    return null;
                });
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(gate.isOpen()).isFalse();
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void opensOnceTheCompilersHaveSettledUnderTraffic() {
        CompilerRampGate gate = gate(2, Duration.ofMinutes(5));
        for (int s = 0; s < 30; s++) {
            second(gate, 100, 1500); // the JIT busy on both threads
        }
        assertThat(gate.isOpen()).isFalse();
        for (int s = 0; s < CompilerRampGate.WINDOW_SECONDS - 1; s++) {
            second(gate, 100, 10);
        }
        assertThat(gate.isOpen()).as("a window still holds a busy second").isFalse();
        second(gate, 100, 10);
        assertThat(gate.isOpen()).isTrue();
        assertThat(gate.enter()).as("an open gate takes no turn").isFalse();
    }

    @Test
    void quietCompilersWithoutTrafficDoNotOpenIt() {
        CompilerRampGate gate = gate(2, Duration.ofMinutes(5));
        for (int s = 0; s < 60; s++) {
            second(gate, 0, 0); // nothing compiles because nothing is asked yet
        }
        for (int s = 0; s < CompilerRampGate.WINDOW_SECONDS; s++) {
            second(gate, (int) (CompilerRampGate.MIN_CHECKS / CompilerRampGate.WINDOW_SECONDS) - 1, 0);
        }
        assertThat(gate.isOpen()).isFalse();
    }

    @Test
    void opensTheLongestTimeAfterTheFirstCheckEvenIfTheCompilersNeverSettle() {
        CompilerRampGate gate = gate(2, Duration.ofSeconds(60));
        for (int s = 0; s < 120; s++) {
            second(gate, 0, 0); // idle before the first check: the time does not count
        }
        for (int s = 0; s < 60; s++) { // the first of these seconds holds the first check
            second(gate, 100, 1500);
        }
        assertThat(gate.isOpen()).isFalse();
        second(gate, 100, 1500);
        assertThat(gate.isOpen()).isTrue();
    }

    @Test
    void disabledItIsOpenFromTheStart() {
        CompilerRampGate gate = CompilerRampGate.of(new RampGateProperties(false, 0, Duration.ofMinutes(5)));
        assertThat(gate.isOpen()).isTrue();
        assertThat(gate.enter()).isFalse();
    }
}
