package org.inclusionhub.survey.stats;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.live.StatisticsStream;
import org.inclusionhub.commons.live.StatisticsStreamResource;

/** Server-Sent Events of the survey statistics: GET with Accept: text/event-stream. */
@Path("/api/v1/surveys/statistics/stream")
@Tag(name = "Live statistics")
public class LiveStatisticsResource extends StatisticsStreamResource {

    public LiveStatisticsResource(StatisticsStream live) {
        super(live, SurveyStatisticsProjection.STREAM);
    }
}
