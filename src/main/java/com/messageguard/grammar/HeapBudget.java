package com.messageguard.grammar;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether one more LanguageTool fits the JVM's heap: each language takes its {@code heapMb} of
 * {@code grammar.yaml} for as long as the service runs, and the rest of the service needs
 * {@code heapReserveMb} under load. A language is admitted only while the maximum heap ({@code -Xmx})
 * holds the reserve, every language admitted before and this one: German LanguageTool alone takes
 * about 232 MB, which would run a service started with {@code -Xmx256m} out of memory and leave it
 * hanging. A language refused stays refused; the drafts in it are answered without proofreading.
 */
final class HeapBudget {

    private static final long MB = 1024 * 1024;

    private final GrammarData data;
    private final long maxHeapMb;
    private final Set<String> admitted = new HashSet<>();
    private long admittedMb;

    /** The budget of a heap of {@code maxHeapBytes} ({@code Runtime.maxMemory()}). */
    HeapBudget(GrammarData data, long maxHeapBytes) {
        this.data = data;
        this.maxHeapMb = maxHeapBytes / MB;
    }

    /** Admits language {@code code} if it fits beside those admitted before; true if it did or had been. */
    synchronized boolean admit(String code) {
        if (admitted.contains(code)) {
            return true;
        }
        int needed = data.languages().get(code).heapMb();
        if (data.heapReserveMb() + admittedMb + needed > maxHeapMb) {
            return false;
        }
        admitted.add(code);
        admittedMb += needed;
        return true;
    }

    /** Why language {@code code} was refused, for the log and the start-up failure of a preload. */
    synchronized String refusal(String code) {
        return "LanguageTool for '" + code + "' needs " + data.languages().get(code).heapMb() + " MB of heap; the maximum heap is "
                + maxHeapMb + " MB, of which the service keeps " + data.heapReserveMb() + " MB (heapReserveMb of grammar.yaml)"
                + " and the languages loaded before take " + admittedMb + " MB: drafts in it are not proofread; raise -Xmx"
                + " to proofread them";
    }

    /** A language refused for want of heap. */
    static final class Exceeded extends RuntimeException {

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}
