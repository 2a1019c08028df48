package org.inclusionhub.commons.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The readiness probe of the broker ({@code inclusionhub.health.*}). */
@ConfigMapping(prefix = "inclusionhub.health")
public interface HealthConfig {

    /** How long one probe waits for the broker to answer. */
    @WithDefault("2s")
    Duration brokerTimeout();

    /** How often the broker is probed (read by the probe's schedule). */
    @WithDefault("5s")
    Duration brokerProbeInterval();
}
