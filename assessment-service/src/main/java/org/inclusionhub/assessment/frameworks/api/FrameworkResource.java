package org.inclusionhub.assessment.frameworks.api;

import jakarta.validation.constraints.Min;
import org.inclusionhub.commons.api.VersionParameter;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
    public record FrameworkSummary(
            @Schema(required = true, description = "The framework's code", examples = "spring-gpc") String code,
            @Schema(required = true, description = "The version number, from 1", examples = "1") int version,
            @Schema(required = true, examples = "SPRING Good Practice Criteria") String name,
            @Schema(required = true, enumeration = {"checklist", "benchmark"}, examples = "checklist") String kind,
            @Schema(required = true, description = "The rating values: met, not-met, not-applicable for a checklist; "
                    + "0, 1, 2, 3, not-applicable for a benchmark",
                    examples = "[\"met\", \"not-met\", \"not-applicable\"]") List<String> scale,
            @Schema(required = true, description = "Number of areas", examples = "3") int areas,
            @Schema(required = true, description = "Number of questions (benchmark: key factors)", examples = "12")
            long questions,
            @Schema(required = true, description = "Number of elements that carry a rating: checklist items, or "
                    + "benchmark key factors", examples = "40") int ratedElements) {
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
    @Operation(summary = "List frameworks", description = "Public. Every published version of every criteria "
            + "framework, by code then version, with its kind, rating scale and size; not paged. The answer carries an "
            + "ETag; If-None-Match with it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "Every framework version, by code then version")
    public List<FrameworkSummary> list() {
        return frameworks.all().stream().map(FrameworkSummary::of).toList();
    }

    /** The latest version, or the one asked for with {@code ?version=}. */
    @GET
    @Path("/{code}")
    @Transactional
    @Operation(summary = "Read a framework version", description = "Public. The whole tree of one framework "
            + "version: areas, questions (benchmark: key factors) and items (benchmark: guiding questions), with their "
            + "codes for answers and ratings. The latest version unless version is given. The answer carries an ETag; "
            + "If-None-Match with it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The framework version")
    public FrameworkDefinition get(
            @PathParam("code") @Parameter(description = "The framework's code; spring-gpc, inclucities-benchmarks, "
                    + "youmig-criteria and erasmi-quality-criteria are always there", example = "spring-gpc") String code,
            @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) @Parameter(description = "The version number, from 1; the latest when omitted",
                    example = "1") Integer version) {
        return frameworks.get(code, version).definition;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a framework version", description = "Admin key only. Stores a new framework, or a "
            + "new version of one, after checking its kind, codes (unique within the version), texts and sizes. A "
            + "published version is immutable: a change is published as a new version number.")
    @APIResponseSchema(value = FrameworkDefinition.class, responseCode = "201", responseDescription = "Published; "
            + "Location names it (/api/v1/frameworks/{code}?version={version})")
    @APIResponse(responseCode = "409", description = "This code and version are already published.")
    public Response create(FrameworkDefinition definition) {
        Framework f = frameworks.create(definition);
        return Response.created(URI.create("/api/v1/frameworks/" + f.code + "?version=" + f.version))
                .entity(f.definition).build();
    }
}
