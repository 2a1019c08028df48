package org.inclusionhub.commons.events;

import io.smallrye.config.ConfigMapping;

/** The events this service publishes ({@code inclusionhub.events.*}). */
@ConfigMapping(prefix = "inclusionhub.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of this service, such as {@code /inclusion-hub/survey-service}. */
    String source();
}
