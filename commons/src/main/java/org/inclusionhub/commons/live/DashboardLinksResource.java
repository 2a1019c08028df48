package org.inclusionhub.commons.live;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the three dashboards live (public URLs from configuration), for the shared page header. */
@Path("/")
@Tag(name = "Dashboards")
public class DashboardLinksResource {

    public record Link(@Schema(required = true, examples = "Surveys") String name,
            @Schema(required = true, examples = "http://localhost:8083/dashboard/") String url) {
    }

    private final List<Link> links;

    public DashboardLinksResource(DashboardsConfig config) {
        this.links = List.of(new Link("Practices", config.practicesUrl()), new Link("Assessments", config.assessmentsUrl()),
                new Link("Surveys", config.surveysUrl()));
    }

    @GET
    @Path("/api/v1/dashboard-links")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Links to the three dashboards", description = "Public. The dashboards' addresses as configured "
            + "for this deployment, for the navigation between them.")
    public List<Link> links() {
        return links;
    }

    /** {@code /dashboard} without the slash leads to the page. */
    @GET
    @Path("/dashboard")
    @Operation(summary = "Redirect to the dashboard page", description = "Public. 303 to /dashboard/, the page itself.")
    @APIResponse(responseCode = "303", description = "See /dashboard/")
    public Response dashboard() {
        return Response.status(Response.Status.SEE_OTHER).location(URI.create("/dashboard/")).build();
    }
}
