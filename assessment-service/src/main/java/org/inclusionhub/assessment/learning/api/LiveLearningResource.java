package org.inclusionhub.assessment.learning.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.assessment.learning.LearningProfileProjection;
import org.inclusionhub.commons.live.StatisticsStream;
import org.inclusionhub.commons.live.StatisticsStreamResource;

/** Server-Sent Events of the recommendations: GET with Accept: text/event-stream. */
@Path("/api/v1/frameworks/learning/stream")
@Tag(name = "Live statistics", description = "Server-Sent Events on the recommendations (stream assessment-learning): "
        + "a statistics-changed event whose subject names the framework version (code@version) whose recommendations, "
        + "leaders or pairings changed, so a dashboard reloads them; a reset event when Last-Event-ID cannot be "
        + "resumed; heartbeats when idle.")
public class LiveLearningResource extends StatisticsStreamResource {

    public LiveLearningResource(StatisticsStream live) {
        super(live, LearningProfileProjection.STREAM);
    }
}
