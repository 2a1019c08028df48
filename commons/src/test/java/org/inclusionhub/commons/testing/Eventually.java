package org.inclusionhub.commons.testing;

import java.time.Duration;
import java.time.Instant;

/** Retries an assertion until it holds or the time is up (for what an event consumer does asynchronously). */
public final class Eventually {

    private Eventually() {
    }

    public static void await(Duration timeout, Runnable assertion) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
