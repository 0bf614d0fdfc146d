package com.messageguard.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The ledger's clock: when a message is recorded, and which day it counts for. */
public class LedgerTime {

    private final Clock clock;
    private final ZoneId zone;

    public LedgerTime(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Now, to the microsecond: what both databases keep, so a record reads back as it was written. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The day, in {@code messageguard.ledger.zone}, whose count {@code instant} belongs to. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }
}
