package org.inclusionhub.practice.live;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.live.StatisticsStream;
import org.inclusionhub.commons.live.StatisticsStreamResource;

/** Server-Sent Events of the catalogue: GET with Accept: text/event-stream. */
@Path("/api/v1/practices/statistics/stream")
@Tag(name = "Live statistics")
public class LiveStatisticsResource extends StatisticsStreamResource {

    public LiveStatisticsResource(StatisticsStream live) {
        super(live, CatalogueStream.NAME);
    }
}
