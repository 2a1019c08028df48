package org.inclusionhub.assessment.assessments.api;

import org.inclusionhub.commons.api.Callers;
import org.inclusionhub.commons.domain.Caller;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.AssessmentContent;
import org.inclusionhub.assessment.assessments.AssessmentService;
import org.inclusionhub.assessment.assessments.AssessmentStatus;
import org.inclusionhub.assessment.assessments.Assessments;
import org.inclusionhub.assessment.assessments.Comparison;
import org.inclusionhub.commons.api.ETags;
import org.inclusionhub.commons.api.PageResponse;
import org.inclusionhub.commons.api.Paging;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.security.Roles;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

    static final int MAX_PAGE_SIZE = 100;

    private final AssessmentService assessments;
    private final Assessments stored;
    private final SecurityIdentity identity;

    public AssessmentResource(AssessmentService assessments, Assessments stored, SecurityIdentity identity) {
        this.assessments = assessments;
        this.stored = stored;
        this.identity = identity;
    }

    /** Creates a draft, or with {@code submit=true} submits at once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    public Response create(AssessmentContent content, @QueryParam("submit") @DefaultValue("false") boolean submit) {
        Assessment a = assessments.create(content, identity.getPrincipal().getName(), submit);
        return withETag(Response.created(URI.create("/api/v1/assessments/" + a.id)), a);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response get(@PathParam("id") UUID id) {
        return withETag(Response.ok(), assessments.read(id, callerOrNull()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, AssessmentContent content) {
        return withETag(Response.ok(), assessments.update(id, ETags.expected(ifMatch), content, caller()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withETag(Response.ok(), assessments.submit(id, ETags.expected(ifMatch), caller()));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withETag(Response.ok(), assessments.withdraw(id, ETags.expected(ifMatch), caller()));
    }

    /**
     * Lists assessments, newest first. Without a key: submitted and withdrawn ones. {@code status=draft}
     * lists the caller's own drafts (an admin's: all drafts).
     */
    @GET
    @Transactional
    public PageResponse<AssessmentResponse> list(@QueryParam("framework") String framework,
            @QueryParam("practiceId") UUID practiceId, @QueryParam("subjectName") String subjectName,
            @QueryParam("subjectCountry") String subjectCountry, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        List<Violation> v = new ArrayList<>();
        if (status != null && AssessmentStatus.fromCode(status).isEmpty()) {
            v.add(new Violation("status", "'" + status + "' is not one of [draft, submitted, withdrawn]"));
        }
        v.addAll(Paging.violations(page, size, MAX_PAGE_SIZE));
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
        Caller draftsOf = null;
        if (AssessmentStatus.DRAFT.code().equals(status)) {
            draftsOf = callerOrNull();
            if (draftsOf == null) {
                throw new UnauthorizedException();
            }
        }
        Assessments.Page found = stored.page(new Assessments.Filter(framework, practiceId, subjectName, subjectCountry),
                status == null ? null : AssessmentStatus.fromCode(status).orElseThrow(), draftsOf, page, size);
        List<AssessmentResponse> items = found.items().stream().map(AssessmentResponse::of).toList();
        return PageResponse.of(items, page, size, found.total());
    }

    /** A subject's submitted (and withdrawn) assessments over time with their scores, oldest first. */
    @GET
    @Path("/history")
    @Transactional
    public List<HistoryEntry> history(@QueryParam("framework") String framework, @QueryParam("practiceId") UUID practiceId,
            @QueryParam("subjectName") String subjectName, @QueryParam("subjectCountry") String subjectCountry) {
        if (practiceId == null && (subjectName == null || subjectCountry == null)) {
            throw ApiProblem.invalid(List.of(new Violation("practiceId",
                    "name the subject: practiceId, or subjectName and subjectCountry")));
        }
        return stored.history(new Assessments.Filter(framework, practiceId, subjectName, subjectCountry)).stream()
                .map(HistoryEntry::of).toList();
    }

    @GET
    @Path("/compare")
    @Transactional
    public Comparison compare(@QueryParam("from") UUID from, @QueryParam("to") UUID to) {
        if (from == null || to == null) {
            throw ApiProblem.invalid(List.of(new Violation(from == null ? "from" : "to", "is required: an assessment id")));
        }
        Caller caller = callerOrNull();
        try {
            return Comparison.of(assessments.read(from, caller), assessments.read(to, caller));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable(e.getMessage(), List.of());
        }
    }

    private Caller caller() {
        return Callers.of(identity);
    }

    private Caller callerOrNull() {
        return Callers.ofOrNull(identity);
    }

    private static Response withETag(Response.ResponseBuilder builder, Assessment a) {
        return builder.entity(AssessmentResponse.of(a)).header("ETag", ETags.of(a.version)).build();
    }
}
