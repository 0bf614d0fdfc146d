package com.messageguard.grammar;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool per language of {@code grammar.yaml}, loaded when first asked for, one language at a
 * time on a thread of its own (seconds and tens of megabytes each, see the README): a request waits
 * for its language only until its deadline, and the load goes on for the requests after it. A
 * language that fails to load, or that the {@link HeapBudget} refuses, stays so (logged once)
 * rather than being retried per request.
 */
final class GrammarLanguages implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GrammarLanguages.class);

    private final GrammarData data;
    private final HeapBudget heap;
    private final Map<String, CompletableFuture<LanguageToolPool>> pools = new ConcurrentHashMap<>();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "grammar-loader");
        thread.setDaemon(true);
        return thread;
    });

    GrammarLanguages(GrammarData data) {
        this(data, Runtime.getRuntime().maxMemory());
    }

    /** With a maximum heap of {@code maxHeapBytes}: tests try budgets smaller than their own heap. */
    GrammarLanguages(GrammarData data, long maxHeapBytes) {
        this.data = data;
        this.heap = new HeapBudget(data, maxHeapBytes);
    }

    boolean supports(String code) {
        return data.languages().containsKey(code);
    }

    /** The language's LanguageTool, loading it when nobody asked before. */
    CompletableFuture<LanguageToolPool> pool(String code) {
        if (!supports(code)) {
            throw new IllegalArgumentException("grammar.yaml has no language '" + code + "'");
        }
        return pools.computeIfAbsent(code, c -> {
            if (!heap.admit(c)) {
                String refusal = heap.refusal(c);
                log.warn("spelling-grammar: {}", refusal);
                return CompletableFuture.failedFuture(new HeapBudget.Exceeded(refusal));
            }
            return CompletableFuture.supplyAsync(() -> load(c), loader);
        });
    }

    /** The language's LanguageTool once loaded; a timeout when it is not by {@code deadline}. */
    BoundedChecks.Outcome<LanguageToolPool> await(String code, long deadline) {
        try {
            LanguageToolPool pool = pool(code).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new BoundedChecks.Outcome<>(BoundedChecks.Status.DONE, pool);
        } catch (TimeoutException e) {
            return BoundedChecks.Outcome.of(BoundedChecks.Status.TIMEOUT);
        } catch (ExecutionException e) {
            return BoundedChecks.Outcome.of(e.getCause() instanceof HeapBudget.Exceeded
                    ? BoundedChecks.Status.NO_HEAP : BoundedChecks.Status.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BoundedChecks.Outcome.of(BoundedChecks.Status.TIMEOUT);
        }
    }

    /** The languages loaded so far. */
    Set<String> loaded() {
        Set<String> loaded = new TreeSet<>();
        pools.forEach((code, pool) -> {
            if (pool.isDone() && !pool.isCompletedExceptionally()) {
                loaded.add(code);
            }
        });
        return loaded;
    }

    private LanguageToolPool load(String code) {
        long started = System.nanoTime();
        try {
            LanguageToolPool pool = new LanguageToolPool(code, data.languages().get(code), data.disabledCategories());
            log.info("spelling-grammar: LanguageTool {} loaded for '{}' in {} ms", pool.languageTool(), code,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return pool;
        } catch (RuntimeException | LinkageError e) {
            log.error("spelling-grammar: LanguageTool could not be loaded for '{}'; drafts in it are not proofread", code, e);
            throw e;
        }
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}
