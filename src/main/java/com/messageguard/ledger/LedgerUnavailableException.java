package com.messageguard.ledger;

/**
 * The ledger could not answer within its bounded wait: the database is down, slow, or was failing
 * a moment ago. {@code /check} then answers from the request's own context; the ledger endpoints
 * answer 503.
 */
public class LedgerUnavailableException extends Exception {

    public LedgerUnavailableException(String message) {
        super(message, null, false, false);
    }
}
