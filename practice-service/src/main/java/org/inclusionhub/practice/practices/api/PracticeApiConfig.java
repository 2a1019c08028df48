package org.inclusionhub.practice.practices.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The catalogue API's own settings ({@code inclusionhub.practices.*}). */
@ConfigMapping(prefix = "inclusionhub.practices")
public interface PracticeApiConfig {

    /** The largest {@code size} of a page of practices (larger: 400). */
    @WithDefault("100")
    int maxPageSize();

    /**
     * Seconds an import's transaction may take (the default for other transactions is 60): on two busy cores an
     * import of the 5 000 rows allowed took up to about a minute. Read by {@code PracticeService.importAll}.
     */
    @WithDefault("300")
    int importTimeout();
}
