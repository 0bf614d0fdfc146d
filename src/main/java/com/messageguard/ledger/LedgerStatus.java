package com.messageguard.ledger;

import java.util.Locale;

/** What the ledger contributed to a {@code /check}: the {@code "ledger"} field of its answer. */
public enum LedgerStatus {
    /** The ledger's facts were applied to the request's context. */
    CONSULTED,
    /** The ledger did not answer in time: the check used the request's own context only. */
    UNAVAILABLE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
