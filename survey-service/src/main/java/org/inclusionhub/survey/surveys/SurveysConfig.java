package org.inclusionhub.survey.surveys;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Survey settings ({@code inclusionhub.surveys.*}). */
@ConfigMapping(prefix = "inclusionhub.surveys")
public interface SurveysConfig {

    /**
     * How long an instance keeps the number of a survey's latest published version, for submissions that name
     * no version. The instance that publishes forgets it at once; another instance sends unversioned
     * submissions to the previous version (still published and valid) for at most this long.
     */
    @WithDefault("2s")
    Duration latestVersionCache();
}
