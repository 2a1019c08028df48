package org.inclusionhub.commons.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documentation behind each problem type URI: {@code GET /problems/<slug>} says what the problem means. */
@Path("/problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Problems", description = "The kinds of problem+json answer and what each means")
public class ProblemTypesResource {

    /** One kind of problem: its type URI, status, title and meaning. */
    public record ProblemTypeView(@Schema(required = true, examples = "/problems/validation") String type,
            @Schema(required = true, examples = "400") int status, @Schema(required = true) String title,
            @Schema(required = true) String description) {
        static ProblemTypeView of(ProblemType t) {
            return new ProblemTypeView(t.uri(), t.status(), t.title(), t.description());
        }
    }

    @GET
    @Operation(summary = "List the problem types", description = "Public. Every kind of problem+json answer this "
            + "service gives: its type URI, status, title and meaning.")
    public List<ProblemTypeView> list() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Describe one problem type", description = "Public. What the type URI of a problem answer "
            + "means; the type field of a problem resolves here.")
    public ProblemTypeView get(@PathParam("slug") @Parameter(description = "The last segment of the type URI",
            example = "stale-version") String slug) {
        return ProblemType.ofSlug(slug).map(ProblemTypeView::of)
                .orElseThrow(() -> ApiProblem.notFound("Problem type", slug));
    }
}
