package org.inclusionhub.commons.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.security.Roles;

/** Admin view of outbox rows Kafka could never take, and their re-drive. */
@Path("/api/v1/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Outbox")
public class ParkedEventResource {

    static final int MAX_SIZE = 100;

    /** One page of parked rows; {@code nextAfter} is the keyset cursor of the next page, or null at the end. */
    public record ParkedPage(@Schema(required = true) List<ParkedEvents.ParkedEvent> items,
            @Schema(description = "after= for the next page; null at the end", examples = "42") Long nextAfter) {
    }

    private final ParkedEvents parked;

    public ParkedEventResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @Operation(summary = "List parked outbox events", description = "Admin only. Events the relay could not publish "
            + "(for example larger than the broker takes) and parked instead of blocking the ones behind them, oldest "
            + "first, with keyset paging: pass the answer's nextAfter as after.")
    public ParkedPage list(
            @QueryParam("after") @DefaultValue("0") @Parameter(description = "Keyset cursor: the nextAfter of the previous "
                    + "page; 0 for the first", example = "0") long after,
            @QueryParam("size") @DefaultValue("20") @Parameter(description = "Items per page, 1 to 100", example = "20")
            int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.invalid(List.of(new Violation("size", "must be between 1 and " + MAX_SIZE)));
        }
        if (after < 0) {
            throw ApiProblem.invalid(List.of(new Violation("after", "must be 0 or more")));
        }
        List<ParkedEvents.ParkedEvent> items = parked.list(after, size);
        Long next = items.size() == size ? items.get(items.size() - 1).id() : null;
        return new ParkedPage(items, next);
    }

    @POST
    @Path("/{id}/redrive")
    @Operation(summary = "Redrive a parked event", description = "Admin only. Puts a parked event back in line once "
            + "its cause is fixed (for example the broker's message size raised); it is parked again if it still fails.")
    public ParkedEvents.ParkedEvent redrive(
            @PathParam("id") @Parameter(description = "The parked row's id, from the list", example = "42") long id) {
        return parked.redrive(id);
    }
}
