package org.inclusionhub.commons.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits checked before any resource runs ({@code inclusionhub.http.*}); the body limit is Quarkus' own. */
@ConfigMapping(prefix = "inclusionhub.http")
public interface HttpLimitsConfig {

    /** The longest request URI in characters, path and query together (longer: 414). */
    @WithDefault("8192")
    int maxUriLength();
}
