package org.inclusionhub.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The topics of all three services ({@code inclusionhub.topics.*}): one set of defaults, so producers and consumers agree. */
@ConfigMapping(prefix = "inclusionhub.topics")
public interface TopicsConfig {

    @WithDefault("practices")
    String practices();

    @WithDefault("assessments")
    String assessments();

    @WithDefault("frameworks")
    String frameworks();

    @WithDefault("survey-responses")
    String surveyResponses();
}
