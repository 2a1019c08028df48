package org.inclusionhub.practice.practices.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The catalogue API's own settings ({@code inclusionhub.practices.*}). */
@ConfigMapping(prefix = "inclusionhub.practices")
public interface PracticeApiConfig {

    /** The largest {@code size} of a page of practices (larger: 400). */
    @WithDefault("100")
    int maxPageSize();
}
