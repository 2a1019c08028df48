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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.security.Roles;

/** Admin view of outbox rows Kafka could never take, and their re-drive. */
@Path("/api/v1/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Outbox")
public class ParkedEventResource {

    static final int MAX_SIZE = 100;

    /** One page of parked rows; {@code nextAfter} is the keyset cursor of the next page, or null at the end. */
    public record ParkedPage(List<ParkedEvents.ParkedEvent> items, Long nextAfter) {
    }

    private final ParkedEvents parked;

    public ParkedEventResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @Operation(summary = "Parked outbox events, oldest first (keyset paging with after=<id>)")
    public ParkedPage list(@QueryParam("after") @DefaultValue("0") long after, @QueryParam("size") @DefaultValue("20") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.invalid(List.of(new Violation("size", "must be 1 to " + MAX_SIZE)));
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
    @Operation(summary = "Put a parked event back in line once its cause is fixed; it is parked again if not")
    public ParkedEvents.ParkedEvent redrive(@PathParam("id") long id) {
        return parked.redrive(id);
    }
}
