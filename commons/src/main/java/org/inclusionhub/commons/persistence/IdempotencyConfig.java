package org.inclusionhub.commons.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How long idempotency keys are remembered ({@code inclusionhub.idempotency.*}). */
@ConfigMapping(prefix = "inclusionhub.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key is remembered after its first use: a retry within it answers the first result, a request
     * with the same key after it is a new request. Longer than any client retries (KoboToolbox retries a failed
     * push for days).
     */
    @WithDefault("30d")
    Duration retention();

    /** The service's tables of keys (each with a {@code created_at}); none: the service takes no keys. */
    Optional<List<String>> tables();
}
