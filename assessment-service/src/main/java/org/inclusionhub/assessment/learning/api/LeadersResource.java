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

@Path("/api/v1/frameworks/{code}/items/{item}/leaders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learn from whom")
public class LeadersResource {

    private final LearningService learning;

    public LeadersResource(LearningService learning) {
        this.learning = learning;
    }

    @GET
    @Operation(summary = "Who meets or masters one criterion", description = "Public. The practices and places whose "
            + "latest submitted assessment under the framework version meets a checklist item, or rates a benchmark "
            + "key factor at maturity 2 or 3: by level, then overall score, then name. Each subject counts once, "
            + "however often it was assessed. 404 when the framework version or the item is unknown.")
    @APIResponse(responseCode = "200", description = "The leaders, best first")
    public LearningService.Leaders leaders(
            @PathParam("code") @Parameter(description = "The framework's code", example = "spring-gpc") String code,
            @PathParam("item") @Parameter(description = "A rated element: a checklist item or a benchmark key factor",
                    example = "IP.2.1") String item,
            @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) @Parameter(description = "The framework version, from 1; the latest when omitted",
                    example = "1") Integer version,
            @QueryParam("country") @Parameter(description = "Only subjects in this country, ISO 3166-1 alpha-2 (any "
                    + "case): a practice's catalogue country or a place's own", example = "BE") String country,
            @QueryParam("theme") @Parameter(description = "Only practices with this catalogue theme code",
                    example = "employment") String theme,
            @QueryParam("size") @DefaultValue("20") @Parameter(description = "How many, 1 to 100; default 20",
                    example = "20") int size) {
        LearningParameters.requireSize(size, 100);
        LearningParameters.requireFilters(country, theme);
        return learning.leaders(code, version, item, country, theme, size);
    }
}
