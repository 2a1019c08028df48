package org.inclusionhub.assessment.frameworks.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.assessment.frameworks.Framework;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.frameworks.FrameworkService;
import org.inclusionhub.assessment.frameworks.RatingScale;
import org.inclusionhub.commons.security.Roles;

@Path("/api/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks", description = "Criteria frameworks: versioned, immutable once published")
public class FrameworkResource {

    /** A framework version in a list: what it is and how big. */
    public record FrameworkSummary(String code, int version, String name, String kind, List<String> scale,
            int areas, long questions, int ratedElements) {
        static FrameworkSummary of(Framework f) {
            FrameworkDefinition d = f.definition;
            return new FrameworkSummary(f.code, f.version, f.name, f.kind, RatingScale.of(d), d.areas().size(),
                    d.questions().count(), d.ratedCodes().size());
        }
    }

    private final FrameworkService frameworks;

    public FrameworkResource(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @GET
    @Transactional
    public List<FrameworkSummary> list() {
        return frameworks.all().stream().map(FrameworkSummary::of).toList();
    }

    /** The latest version, or the one asked for with {@code ?version=}. */
    @GET
    @Path("/{code}")
    @Transactional
    public FrameworkDefinition get(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return frameworks.get(code, version).definition;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(FrameworkDefinition definition) {
        Framework f = frameworks.create(definition);
        return Response.created(URI.create("/api/v1/frameworks/" + f.code + "?version=" + f.version))
                .entity(f.definition).build();
    }
}
