package org.inclusionhub.commons.live;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The Server-Sent Events endpoint of one statistics stream; a service extends it with its
 * {@code @Path} and stream name. Events: {@code statistics-changed} whenever the figures change
 * (id = sequence number, so a reconnecting client sends Last-Event-ID and misses nothing),
 * {@code heartbeat} when idle.
 */
public abstract class StatisticsStreamResource {

    private final StatisticsStream live;
    private final String stream;

    protected StatisticsStreamResource(StatisticsStream live, String stream) {
        this.live = live;
        this.stream = stream;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow statistics changes live (Server-Sent Events)", description = "Public. Sends a "
            + "statistics-changed event (id = change position, data = what changed) after each committed change, and a "
            + "heartbeat when idle. A client that reconnects with Last-Event-ID misses no change, even one that "
            + "committed late.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        return live.open(sse, stream, lastEventId);
    }
}
