package org.inclusionhub.commons.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time of a change as it is stored: PostgreSQL's {@code timestamptz} keeps microseconds, so a write answers
 * the same instant that every later read shows (not the clock's nanoseconds).
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
