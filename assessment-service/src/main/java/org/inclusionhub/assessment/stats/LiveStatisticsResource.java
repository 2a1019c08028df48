package org.inclusionhub.assessment.stats;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.live.StatisticsStream;
import org.inclusionhub.commons.live.StatisticsStreamResource;

/** Server-Sent Events of the score statistics: GET with Accept: text/event-stream. */
@Path("/api/v1/frameworks/statistics/stream")
@Tag(name = "Live statistics", description = "Server-Sent Events on the score statistics (stream "
        + "assessment-statistics): a statistics-changed event whose subject names the framework version (code@version, "
        + "e.g. spring-gpc@1) whose statistics changed, so a dashboard reloads GET "
        + "/api/v1/frameworks/{code}/statistics?version={version}; a reset event when Last-Event-ID cannot be resumed "
        + "(reload everything, then follow); heartbeats when idle.")
public class LiveStatisticsResource extends StatisticsStreamResource {

    public LiveStatisticsResource(StatisticsStream live) {
        super(live, ScoreStatisticsProjection.STREAM);
    }
}
