package org.inclusionhub.commons.outbox;

import java.time.Duration;
import java.time.Instant;

/** Exponential backoff between failed relay attempts: initial, doubled per failure, capped at max. */
final class RetryBackoff {

    private final Duration initial;
    private final Duration max;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    RetryBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    boolean isDue(Instant now) {
        return !now.isBefore(nextAttempt);
    }

    Duration failed(Instant now) {
        failures++;
        Duration delay = delayFor(failures);
        nextAttempt = now.plus(delay);
        return delay;
    }

    void succeeded() {
        failures = 0;
        nextAttempt = Instant.MIN;
    }

    Duration delayFor(int failureCount) {
        long factor = 1L << Math.min(failureCount - 1, 20);
        Duration delay = initial.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
