package org.inclusionhub.assessment.stats;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.live.StatisticsStream;


/**
 * Server-Sent Events: {@code statistics-changed} whenever the figures change (id = sequence number,
 * so a reconnecting client sends Last-Event-ID and misses nothing), {@code heartbeat} when idle.
 */
@Path("/api/v1/frameworks/statistics/stream")
@Tag(name = "Live statistics")
public class LiveStatisticsResource {

    private final StatisticsStream live;

    public LiveStatisticsResource(StatisticsStream live) {
        this.live = live;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        return live.open(sse, ScoreStatisticsProjection.STREAM, lastEventId);
    }
}
