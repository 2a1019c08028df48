package org.inclusionhub.commons.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void delaysDoubleUpToTheMaximum() {
        assertThat(backoff.delayFor(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayFor(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayFor(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.delayFor(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayFor(64)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aFailureDefersTheNextAttemptAndASuccessClearsIt() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        assertThat(backoff.isDue(now)).isTrue();
        backoff.failed(now);
        backoff.failed(now);
        assertThat(backoff.isDue(now.plusMillis(1999))).isFalse();
        assertThat(backoff.isDue(now.plusSeconds(2))).isTrue();
        backoff.succeeded();
        assertThat(backoff.isDue(now)).isTrue();
    }
}
