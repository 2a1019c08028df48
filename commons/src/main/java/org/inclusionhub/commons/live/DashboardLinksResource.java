package org.inclusionhub.commons.live;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the three dashboards live (public URLs from configuration), for the shared page header. */
@Path("/")
@Tag(name = "Dashboards")
public class DashboardLinksResource {

    public record Link(String name, String url) {
    }

    private final List<Link> links;

    public DashboardLinksResource(DashboardsConfig config) {
        this.links = List.of(new Link("Practices", config.practicesUrl()), new Link("Assessments", config.assessmentsUrl()),
                new Link("Surveys", config.surveysUrl()));
    }

    @GET
    @Path("/api/v1/dashboard-links")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Link> links() {
        return links;
    }

    /** {@code /dashboard} without the slash leads to the page. */
    @GET
    @Path("/dashboard")
    public Response dashboard() {
        return Response.status(Response.Status.SEE_OTHER).location(URI.create("/dashboard/")).build();
    }
}
