package com.messageguard.ops;

import com.messageguard.engine.CheckGate;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets only as many rule passes run at once as there are processors while the JIT is still
 * compiling the request path; the other request threads wait for a turn. Without it, on 2 cores
 * under 32 connections, the 32 busy request threads took nearly all of the CPU from the two
 * compiler threads, and a new replica needed about three minutes to reach its steady rate (README,
 * Performance). Once the compilers have settled, the gate opens for good: at the steady rate a
 * wait costs each check a park and a wake-up, more than the compilers gain.
 *
 * <p>It is off unless {@code messageguard.ramp-gate.enabled}: on 2 cores it doubled the rate of
 * the second and third minute after ready, and cost the first 15 s 18-36 % of their rate, when
 * everything still runs slowly and the waits cost the most.
 *
 * <p>Settled means: over the last {@link #WINDOW_SECONDS} seconds, with at least
 * {@link #MIN_CHECKS} checks passing, the compilers spent less than {@link #SETTLED_SHARE} of the
 * time compiling. A service with little traffic may never meet that; its gate opens
 * {@code longest} after the first check, and costs it little meanwhile, as few checks ever wait.
 * A JVM that does not measure its compile time (or has no JIT) gets an open gate.
 */
public final class CompilerRampGate implements CheckGate, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CompilerRampGate.class);

    static final int WINDOW_SECONDS = 10;
    static final long MIN_CHECKS = 500;
    static final double SETTLED_SHARE = 0.05;

    private final Semaphore turns;
    private final LongSupplier compileMillis;
    private final LongSupplier nanoClock;
    private final long longestNanos;
    private final LongAdder admitted = new LongAdder();
    private volatile boolean open;

    /** Per second of the window, ring-indexed by {@link #samples}: checks admitted and compile milliseconds. */
    private final long[] checksPerSecond = new long[WINDOW_SECONDS];
    private final long[] compilePerSecond = new long[WINDOW_SECONDS];
    private int samples;
    private long lastAdmitted;
    private long lastCompileMillis;
    private long firstCheckAt = -1;
    private ScheduledExecutorService sampler;

    CompilerRampGate(int turns, Duration longest, LongSupplier compileMillis, LongSupplier nanoClock) {
        this.turns = new Semaphore(turns);
        this.compileMillis = compileMillis;
        this.nanoClock = nanoClock;
        this.longestNanos = longest.toNanos();
        this.lastCompileMillis = compileMillis.getAsLong();
    }

    /** The gate of this JVM; open from the start when it is disabled or the JVM cannot time its compilers. */
    static CompilerRampGate of(RampGateProperties properties) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        boolean timed = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        CompilerRampGate gate = new CompilerRampGate(properties.effectiveTurns(), properties.longest(),
                timed ? compiler::getTotalCompilationTime : () -> 0, System::nanoTime);
        if (!properties.enabled() || !timed) {
            gate.open = true;
        }
        return gate;
    }

    /** Samples once a second on a daemon thread of its own until the gate opens. */
    synchronized void startSampling() {
        if (open || sampler != null) {
            return;
        }
        sampler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ramp-gate");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> {
            sample();
            if (open) {
                sampler.shutdown();
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void close() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }

    @Override
    public boolean enter() {
        if (open) {
            return false;
        }
        turns.acquireUninterruptibly();
        admitted.increment();
        return true;
    }

    @Override
    public void leave() {
        turns.release();
    }

    public boolean isOpen() {
        return open;
    }

    /**
     * One second of the window: reads what passed and what the compilers did since the last
     * sample, and opens the gate once they have settled. Called once a second by one thread.
     */
    void sample() {
        if (open) {
            return;
        }
        long now = nanoClock.getAsLong();
        long checks = admitted.sum();
        long compile = compileMillis.getAsLong();
        if (firstCheckAt < 0 && checks > 0) {
            firstCheckAt = now;
        }
        int slot = samples++ % WINDOW_SECONDS;
        checksPerSecond[slot] = checks - lastAdmitted;
        compilePerSecond[slot] = compile - lastCompileMillis;
        lastAdmitted = checks;
        lastCompileMillis = compile;
        if (firstCheckAt >= 0 && now - firstCheckAt >= longestNanos) {
            openFor("it has been shut for the longest time allowed");
        } else if (samples >= WINDOW_SECONDS && settled()) {
            openFor("the compilers have settled");
        }
    }

    private boolean settled() {
        long checks = 0;
        long compile = 0;
        for (int i = 0; i < WINDOW_SECONDS; i++) {
            checks += checksPerSecond[i];
            compile += compilePerSecond[i];
        }
        return checks >= MIN_CHECKS && compile < SETTLED_SHARE * WINDOW_SECONDS * 1000;
    }

    private void openFor(String reason) {
        open = true;
        log.info("Rule passes no longer wait for a turn: {} ({} checks passed the gate)", reason, admitted.sum());
    }
}
