package org.inclusionhub.assessment.learning.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.assessment.learning.LearningService;
import org.inclusionhub.commons.api.ApiDocumentFilter;
import org.inclusionhub.commons.api.Callers;

@Path("/api/v1/assessments/{id}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learn from whom", description = "Recommendations from an assessment's weak points to the practices and "
        + "places strong there, the leaders of one criterion, and mentor-mentee pairs; kept current from assessment "
        + "events (stream assessment-learning)")
public class RecommendationResource {

    private final LearningService learning;
    private final SecurityIdentity identity;

    public RecommendationResource(LearningService learning, SecurityIdentity identity) {
        this.learning = learning;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Whom to learn from, per weak point of an assessment", description = "Public for submitted "
            + "and withdrawn assessments; a draft only with its owner's key or an admin key (404 for anyone else). "
            + "Finds the assessment's weak points (checklist items not met, benchmark key factors at maturity 0 or 1, "
            + "areas scoring below the framework's mean) and, for each, the practices and places whose latest "
            + "submitted assessment under the same framework version is strong there, best first by the rule in the "
            + "README (\"Learn from whom\"), then catalogue practices not assessed under it that share a theme, a "
            + "target group or (for a place) the country, marked assessed=false. Each recommendation says why.")
    @APIResponse(responseCode = "200", description = "The weak points, each with whom to learn from")
    // public; a key lets a draft's owner ask about the draft
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocumentFilter.SECURITY_SCHEME))
    public LearningService.Recommendations recommendations(
            @PathParam("id") @Parameter(description = "The assessment (a UUID)",
                    example = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID id,
            @QueryParam("size") @DefaultValue("5") @Parameter(description = "Recommendations per weak point, 1 to 20; "
                    + "default 5", example = "5") int size) {
        LearningParameters.requireSize(size, 20);
        return learning.recommendations(id, Callers.ofOrNull(identity), size);
    }
}
