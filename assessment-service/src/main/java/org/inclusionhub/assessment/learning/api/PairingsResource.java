package org.inclusionhub.assessment.learning.api;

import jakarta.validation.constraints.Min;
import org.inclusionhub.commons.api.VersionParameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.assessment.learning.LearningService;

@Path("/api/v1/frameworks/{code}/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learn from whom")
public class PairingsResource {

    private final LearningService learning;

    public PairingsResource(LearningService learning) {
        this.learning = learning;
    }

    @GET
    @Operation(summary = "Mentor-mentee pairs among assessed places", description = "Public. For the places assessed "
            + "against a benchmark framework version (each by its latest submitted assessment): every place whose mean "
            + "maturity at a benchmark is at most 1 (a mentee there), with the places whose mean maturity at that "
            + "benchmark is at least 2 as mentors, and the complementarity per benchmark. A mentee without a mentor "
            + "that strong gets none. 400 (field code) for a checklist framework; 404 when the version is unknown.")
    @APIResponse(responseCode = "200", description = "The mentees, by name, each with its mentors, best first")
    public LearningService.Pairings pairings(
            @PathParam("code") @Parameter(description = "A benchmark framework's code",
                    example = "inclucities-benchmarks") String code,
            @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) @Parameter(description = "The framework version, from 1; the latest when omitted",
                    example = "1") Integer version,
            @QueryParam("size") @DefaultValue("3") @Parameter(description = "Mentors per mentee, 1 to 20; default 3",
                    example = "3") int size) {
        LearningParameters.requireSize(size, 20);
        return learning.pairings(code, version, size);
    }
}
