package com.messageguard.ledger;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Runs database work on threads of its own and waits for it at most a given time, so a database
 * that is down or hangs (a stopped server, a held lock, a network that drops packets) costs a
 * request that time and never more: JDBC's own timeouts cannot promise that for a socket that
 * never answers. After a failure the ledger is taken as unavailable for a short cool-down, during
 * which calls fail at once instead of each waiting out its timeout; the next call after it tries
 * the database again. A call that timed out still waiting for a thread says the service is busy,
 * not that the database is: it fails alone and starts no cool-down.
 * <p>
 * Work that times out is not interrupted (an interrupt closes H2's file channel); it finishes or
 * fails on its own thread, and work still queued when its caller gave up never starts.
 */
public class LedgerCalls implements AutoCloseable {

    /** How long calls fail at once after a failure. */
    static final Duration COOL_DOWN = Duration.ofSeconds(1);
    /** Calls waiting for a thread beyond this are refused at once. */
    private static final int QUEUE = 256;

    private static final Logger log = LoggerFactory.getLogger(LedgerCalls.class);

    private final ThreadPoolExecutor executor;
    private final Clock clock;
    private final AtomicLong unavailableUntil = new AtomicLong(Long.MIN_VALUE);

    public LedgerCalls(int threads, Clock clock) {
        AtomicInteger counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "ledger-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    // Not the web application's class loader of the request that happened to start
                    // the thread: Tomcat would report it as a leak when it stops.
                    thread.setContextClassLoader(LedgerCalls.class.getClassLoader());
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.clock = clock;
    }

    /**
     * Runs {@code work} and returns its result within {@code timeout}.
     *
     * @throws LedgerUnavailableException when the database failed, did not answer in time, or
     *                                    failed less than {@link #COOL_DOWN} ago
     */
    public <T> T call(Duration timeout, Callable<T> work) throws LedgerUnavailableException {
        if (clock.millis() < unavailableUntil.get()) {
            throw new LedgerUnavailableException("the ledger database failed a moment ago");
        }
        return await(timeout, work);
    }

    /** Like {@link #call}, but tries the database even during a cool-down: the health probe. */
    public <T> T probe(Duration timeout, Callable<T> work) throws LedgerUnavailableException {
        return await(timeout, work);
    }

    private <T> T await(Duration timeout, Callable<T> work) throws LedgerUnavailableException {
        Started<T> started = new Started<>(work);
        Future<T> future;
        try {
            future = executor.submit(started);
        } catch (RejectedExecutionException e) {
            throw new LedgerUnavailableException("too many ledger calls are waiting for the database");
        }
        try {
            T result = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (unavailableUntil.get() != Long.MIN_VALUE) {
                unavailableUntil.set(Long.MIN_VALUE); // written only on recovery: no shared write per call
            }
            return result;
        } catch (TimeoutException e) {
            future.cancel(false);
            String message = "the ledger database did not answer within " + timeout.toMillis() + " ms";
            if (!started.started) {
                throw new LedgerUnavailableException(message + " (every ledger thread was busy)");
            }
            throw failed(message, null);
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("interrupted while waiting for the ledger database");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DataAccessException || cause instanceof TransactionException) {
                throw failed("the ledger database failed", cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("ledger call failed", cause);
        }
    }

    /** Starts the cool-down; logs once per cool-down, with the cause's type and not its values. */
    private LedgerUnavailableException failed(String message, Throwable cause) {
        long now = clock.millis();
        long previous = unavailableUntil.getAndSet(now + COOL_DOWN.toMillis());
        if (previous < now) {
            log.warn("Ledger unavailable: {}{}; answering without it for {} ms", message,
                    cause == null ? "" : " (" + rootCause(cause).getClass().getName() + ")", COOL_DOWN.toMillis());
        }
        return new LedgerUnavailableException(message);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Work that notes when a thread took it up. */
    private static final class Started<T> implements Callable<T> {

        private final Callable<T> work;
        private volatile boolean started;

        Started(Callable<T> work) {
            this.work = work;
        }

        @Override
        public T call() throws Exception {
            started = true;
            return work.call();
        }
    }

    /** Lets running work finish for a moment; no interrupts (see above). */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(2, TimeUnit.SECONDS);
    }
}
