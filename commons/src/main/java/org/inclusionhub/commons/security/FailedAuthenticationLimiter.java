package org.inclusionhub.commons.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A brake on key guessing: each client address may fail authentication {@code limit} times per
 * {@code period} (a Bucket4j token bucket, refilled greedily); past that its requests answer 429 with
 * {@code Retry-After} until the bucket refills. Valid keys cost nothing, so they are never slowed
 * unless their address keeps failing.
 */
@ApplicationScoped
public class FailedAuthenticationLimiter {

    private final int limit;
    private final Duration period;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public FailedAuthenticationLimiter(
            SecurityConfig config) {
        this.limit = config.failedAuthentication().limit();
        this.period = config.failedAuthentication().period();
    }

    /** @return how long the client must wait, when it has no failures left; empty when it may try */
    public OptionalLong blockedForSeconds(String client) {
        Bucket bucket = buckets.get(client);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return OptionalLong.empty();
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1));
    }

    public void failed(String client) {
        buckets.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build()).build())
                .tryConsume(1);
    }

    /** Forgets clients whose bucket is full again, so the map holds only recent offenders. */
    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetRecovered() {
        buckets.values().removeIf(b -> b.getAvailableTokens() >= limit);
    }
}
