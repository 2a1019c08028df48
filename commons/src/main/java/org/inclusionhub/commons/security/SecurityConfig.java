package org.inclusionhub.commons.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** API key settings ({@code inclusionhub.security.*}; environment: {@code INCLUSIONHUB_SECURITY_KEY_CACHE_TTL} and so on). */
@ConfigMapping(prefix = "inclusionhub.security")
public interface SecurityConfig {

    /** An admin key accepted before any key is stored (blank: none); only its hash is kept in memory. */
    Optional<String> bootstrapAdminKey();

    /** How long a key that authenticated is remembered without a database read; rotation and revocation forget it at once. */
    @WithDefault("5s")
    Duration keyCacheTtl();

    FailedAuthentication failedAuthentication();

    /** Failed authentications a client may make per period before it is answered 429. */
    interface FailedAuthentication {
        @WithDefault("30")
        int limit();

        @WithDefault("1m")
        Duration period();
    }
}
