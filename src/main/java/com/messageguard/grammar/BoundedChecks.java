package com.messageguard.grammar;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs grammar checks on threads of their own, at most {@code maxConcurrent} at once, and waits
 * for each only until its deadline: heavy drafts then cost their requests the grammar findings,
 * never the other requests their threads. A check past its deadline is not interrupted (LanguageTool
 * stops at the deadline by itself, see {@link LanguageToolPool#check}); its permit returns when it
 * ends, so checks that overrun still count against the bound.
 */
final class BoundedChecks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoundedChecks.class);

    /** How a check went; the metric tag of {@code messageguard_grammar_checks_total}. */
    enum Status {
        DONE, BUSY, TIMEOUT, FAILED, UNSUPPORTED, NO_HEAP;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A check's status, and its value when {@link Status#DONE}. */
    record Outcome<T>(Status status, T value) {

        static <T> Outcome<T> of(Status status) {
            return new Outcome<>(status, null);
        }
    }

    private final Semaphore permits;
    private final ExecutorService workers;

    BoundedChecks(int maxConcurrent) {
        this.permits = new Semaphore(maxConcurrent);
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "grammar-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // Never more tasks than permits, so the queue stays as short as the bound.
        this.workers = Executors.newFixedThreadPool(maxConcurrent, threads);
    }

    /** Runs {@code check} unless {@code maxConcurrent} checks run already; its value if it ends by {@code deadline}. */
    <T> Outcome<T> run(Callable<T> check, long deadline) {
        if (!permits.tryAcquire()) {
            return Outcome.of(Status.BUSY);
        }
        Future<T> future;
        try {
            future = workers.submit(() -> {
                try {
                    return check.call();
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        try {
            T value = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            // LanguageTool stops at the deadline with what it has: a partial answer is no answer.
            return System.nanoTime() - deadline > 0 ? Outcome.of(Status.TIMEOUT) : new Outcome<>(Status.DONE, value);
        } catch (TimeoutException e) {
            return Outcome.of(Status.TIMEOUT);
        } catch (ExecutionException e) {
            // LanguageTool's exceptions quote the sentence they failed on: only where, never what.
            Throwable cause = e.getCause();
            StackTraceElement[] at = cause.getStackTrace();
            log.error("spelling-grammar: LanguageTool failed with {} at {}; the draft is answered without grammar",
                    cause.getClass().getName(), at.length > 0 ? at[0] : "?");
            return Outcome.of(Status.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.of(Status.TIMEOUT);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
