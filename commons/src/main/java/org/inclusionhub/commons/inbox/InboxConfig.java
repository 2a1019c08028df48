package org.inclusionhub.commons.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The consumers' record of processed event ids ({@code inclusionhub.inbox.*}). */
@ConfigMapping(prefix = "inclusionhub.inbox")
public interface InboxConfig {

    /** How long a processed id is kept; longer than any redelivery can come late (the topics' retention). */
    @WithDefault("14d")
    Duration retention();
}
