package org.inclusionhub.commons.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documentation behind each problem type URI: {@code GET /problems/<slug>} says what the problem means. */
@Path("/problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Problems", description = "The kinds of problem+json answer and what each means")
public class ProblemTypesResource {

    /** One kind of problem: its type URI, status, title and meaning. */
    public record ProblemTypeView(String type, int status, String title, String description) {
        static ProblemTypeView of(ProblemType t) {
            return new ProblemTypeView(t.uri(), t.status(), t.title(), t.description());
        }
    }

    @GET
    public List<ProblemTypeView> list() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
    }

    @GET
    @Path("/{slug}")
    public ProblemTypeView get(@PathParam("slug") String slug) {
        return ProblemType.ofSlug(slug).map(ProblemTypeView::of)
                .orElseThrow(() -> ApiProblem.notFound("Problem type", slug));
    }
}
