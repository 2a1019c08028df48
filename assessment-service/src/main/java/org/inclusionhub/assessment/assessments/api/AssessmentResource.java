package org.inclusionhub.assessment.assessments.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.AssessmentChanges;
import org.inclusionhub.assessment.assessments.AssessmentContent;
import org.inclusionhub.assessment.assessments.AssessmentService;
import org.inclusionhub.assessment.assessments.AssessmentStatus;
import org.inclusionhub.assessment.assessments.Assessments;
import org.inclusionhub.assessment.assessments.Comparison;
import org.inclusionhub.commons.api.ApiDocumentFilter;
import org.inclusionhub.commons.api.Callers;
import org.inclusionhub.commons.api.ETags;
import org.inclusionhub.commons.api.Links;
import org.inclusionhub.commons.api.PageResponse;
import org.inclusionhub.commons.api.Paging;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.assessment.frameworks.FrameworkService;
import org.inclusionhub.commons.domain.Countries;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.live.ChangeFeed;
import org.inclusionhub.commons.live.ChangePosition;
import org.inclusionhub.commons.persistence.KeysetCursor;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

    static final int MAX_PAGE_SIZE = 100;

    private static final String ID_EXAMPLE = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41";
    private static final String ID = "The assessment's id (a UUID)";
    private final AssessmentService assessments;
    private final Assessments stored;
    private final AssessmentChanges changeFeed;
    private final SecurityIdentity identity;
    private final FrameworkService frameworks;

    public AssessmentResource(AssessmentService assessments, Assessments stored, AssessmentChanges changeFeed,
            SecurityIdentity identity, FrameworkService frameworks) {
        this.frameworks = frameworks;
        this.changeFeed = changeFeed;
        this.assessments = assessments;
        this.stored = stored;
        this.identity = identity;
    }

    /** Creates a draft, or with {@code submit=true} submits at once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(summary = "Create an assessment", description = "Admin, editor or partner key. Validates the content "
            + "against the framework version it names (the latest when frameworkVersion is omitted), computes its scores "
            + "and saves it as a draft owned by the caller's key; with submit=true it is submitted at once (immutable from "
            + "then on, counted in the statistics).")
    @APIResponseSchema(value = AssessmentResponse.class, responseCode = "201", responseDescription = "Created: the "
            + "draft (or the submitted assessment) with its scores. Location names it; ETag carries its version, for "
            + "If-Match on later changes.")
    @APIResponse(responseCode = "422", description = "A practice subject that the catalogue does not hold (as far as "
            + "this service has heard from it) or that is archived: violation on subject.practiceId.")
    public Response create(AssessmentContent content, @QueryParam("submit") @DefaultValue("false")
            @Parameter(description = "true to submit the assessment at once instead of saving a draft; true or false only "
                    + "(default false)", example = "true") boolean submit,
            @HeaderParam(AssessmentService.IDEMPOTENCY_KEY) @Parameter(description = "Optional: 1 to 200 visible ASCII "
                    + "characters. A retry with the same key and request answers the first result (Idempotent-Replayed: "
                    + "true) and stores nothing new; the same key with another request answers 422.",
                    example = "sirius-2026-spring-1") String idempotencyKey) {
        AssessmentService.Creation created = assessments.create(content, identity.getPrincipal().getName(), submit,
                idempotencyKey);
        Assessment a = created.assessment();
        Response.ResponseBuilder answer = Response.created(URI.create("/api/v1/assessments/" + a.id));
        // as survey submissions answer: with a key, whether this answer replays an earlier request
        return withETag(idempotencyKey == null ? answer : answer.header("Idempotent-Replayed", Boolean.toString(created.replayed())), a);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Read an assessment", description = "Public for submitted and withdrawn assessments; a draft "
            + "only with its owner's key or an admin key (404 for anyone else). Answers the content, the scores per "
            + "question, area and overall, and an ETag with the version to send as If-Match when changing it.")
    @APIResponseSchema(value = AssessmentResponse.class, responseCode = "200", responseDescription = "The assessment "
            + "with its scores; ETag carries its version and a hash of the answer, e.g. \"3.x7Tq…\" (If-Match takes it)")
    // public; a key (editor, admin, or a draft's owner) widens what is answered
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocumentFilter.SECURITY_SCHEME))
    public Response get(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE) UUID id) {
        return withETag(Response.ok(), assessments.read(id, callerOrNull()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(summary = "Replace a draft assessment", description = "Admin, editor or partner key: the draft's owner, "
            + "or an admin (anyone else gets 404). Replaces the whole content of a draft, validated as on create, and "
            + "recomputes its scores; If-Match with the ETag last read is required. A submitted or withdrawn assessment "
            + "cannot be edited: a revision is a new assessment.")
    @APIResponseSchema(value = AssessmentResponse.class, responseCode = "200", responseDescription = "The draft as "
            + "it now stands, with its new scores and its new ETag")
    @APIResponses({
        @APIResponse(responseCode = "409", description = "The assessment is submitted or withdrawn, not a draft."),
        @APIResponse(responseCode = "422", description = "A practice subject that the catalogue does not hold (as far "
                + "as this service has heard from it) or that is archived: violation on subject.practiceId.")
    })
    public Response update(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE) UUID id,
            @HeaderParam("If-Match") @Parameter(required = true, example = "\"3\"") String ifMatch,
            AssessmentContent content) {
        return withETag(Response.ok(), assessments.update(id, ETags.expected(ifMatch), content, caller()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(summary = "Submit a draft assessment", description = "Admin, editor or partner key: the draft's owner, "
            + "or an admin (anyone else gets 404). Moves a draft to submitted: from then on it is public, immutable and "
            + "counted in the framework's statistics (once its event is processed). If-Match is optional here; when "
            + "sent, it must name the current version.")
    @APIResponseSchema(value = AssessmentResponse.class, responseCode = "200", responseDescription = "The submitted "
            + "assessment with its new ETag")
    @APIResponses({
        @APIResponse(responseCode = "409", description = "The assessment is already submitted, or withdrawn."),
        @APIResponse(responseCode = "422", description = "Its practice subject is no longer in the catalogue (as far "
                + "as this service has heard from it) or is archived: violation on subject.practiceId.")
    })
    public Response submit(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE) UUID id,
            @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        return withETag(Response.ok(), assessments.submit(id, ETags.expected(ifMatch), caller()));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(summary = "Withdraw a submitted assessment", description = "Admin, editor or partner key: the "
            + "assessment's owner, or an admin (anyone else gets 404). Moves a submitted assessment to withdrawn: it "
            + "leaves the framework's statistics but stays readable and in the subject's history. If-Match is optional "
            + "here; when sent, it must name the current version.")
    @APIResponseSchema(value = AssessmentResponse.class, responseCode = "200", responseDescription = "The withdrawn "
            + "assessment with its new ETag")
    @APIResponse(responseCode = "409", description = "The assessment is a draft or already withdrawn: only a "
            + "submitted one can be withdrawn.")
    public Response withdraw(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE) UUID id,
            @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        return withETag(Response.ok(), assessments.withdraw(id, ETags.expected(ifMatch), caller()));
    }

    /**
     * Lists assessments, newest first. Without a key: submitted and withdrawn ones. {@code status=draft}
     * lists the caller's own drafts (an admin's: all drafts).
     */
    @GET
    @Transactional
    @Operation(summary = "List assessments", description = "Public: submitted and withdrawn assessments, newest "
            + "first, filtered by exact match on each given filter, one page at a time (size 1 to 100, default 20). "
            + "status=draft needs a key and lists the caller's own drafts (an admin's: all drafts). The answer carries "
            + "an ETag; If-None-Match with it answers 304 while nothing changed.")
    @APIResponses({
        @APIResponse(responseCode = "200", description = "One page of assessments with their scores, newest first"),
        @APIResponse(responseCode = "401", description = "status=draft without an API key, or with one that is "
                + "unknown, rotated or revoked.")
    })
    // public; a key (editor, admin, or a draft's owner) widens what is answered
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocumentFilter.SECURITY_SCHEME))
    public RestResponse<PageResponse<AssessmentResponse>> list(
            @QueryParam("framework") @Parameter(description = "Only assessments against this framework code (any "
                    + "version)", example = "spring-gpc") String framework,
            @QueryParam("practiceId") @Parameter(description = "Only assessments of this catalogue practice (a UUID)",
                    example = ID_EXAMPLE) UUID practiceId,
            @QueryParam("subjectName") @Parameter(description = "Only assessments of the place (city or organisation) "
                    + "with exactly this name", example = "Mechelen") String subjectName,
            @QueryParam("subjectCountry") @Parameter(description = "Only assessments of places in this country: ISO "
                    + "3166-1 alpha-2 in upper case, exact match (a practice subject has no country on its assessments)",
                    example = "BE") String subjectCountry,
            @QueryParam("status") @Parameter(description = "draft, submitted or withdrawn; without it, submitted and "
                    + "withdrawn ones. draft needs an API key.", example = "submitted") String status,
            @QueryParam("cursor") @Parameter(description = "Keyset paging: the next of the previous page (also in its "
                    + "Link header). Pages read this way neither repeat nor skip assessments submitted or withdrawn "
                    + "between requests; leave page out",
                    example = "YzEKMjAyNi0xMi0wNlQyMjowMDowMFoKM2YwYzJiOGUtOGE0ZS00YzhlLTlkMWUtMmI3ZjVlMGE5YzQx")
            String cursor, @Context UriInfo uri,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        List<Violation> v = filterViolations(framework, subjectCountry);
        if (status != null && AssessmentStatus.fromCode(status).isEmpty()) {
            v.add(new Violation("status", "'" + status + "' is not one of [draft, submitted, withdrawn]"));
        }
        v.addAll(Paging.violations(page, size, MAX_PAGE_SIZE));
        KeysetCursor after = Paging.cursor(cursor, page, v);
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
                status == null ? null : AssessmentStatus.fromCode(status).orElseThrow(), draftsOf, after, page, size);
        List<AssessmentResponse> items = found.items().stream().map(AssessmentResponse::of).toList();
        PageResponse<AssessmentResponse> answer = PageResponse.of(items, page, size, found.total());
        if (found.next() == null) {
            return RestResponse.ok(answer);
        }
        String next = found.next().encode();
        return RestResponse.ResponseBuilder.ok(answer.withNext(next)).header("Link", Links.nextCursor(uri, next)).build();
    }

    /** One entry of the changes feed: a public assessment as it is now. */
    public record AssessmentChange(
            @Schema(required = true, description = "The position of its latest change in this page",
                    examples = "815342-12") String position,
            @Schema(required = true, description = "The assessment as it is now: submitted, or withdrawn (it no longer "
                    + "counts: the mirror's tombstone)") AssessmentResponse assessment) {
    }

    /** A page of the changes feed; follow {@code next} (also in the Link header) until {@code items} is empty. */
    public record AssessmentChangeList(
            @Schema(required = true, description = "The assessments submitted or withdrawn, each once, in commit order")
            List<AssessmentChange> items,
            @Schema(required = true, description = "The after of the next request", examples = "815342-12") String next,
            @Schema(required = true, description = "The newest change the feed holds now", examples = "815377-3")
            String head) {
    }

    @GET
    @Path("/changes")
    @Operation(summary = "Follow the assessments' changes feed", description = "Public, for portals that mirror the "
            + "assessments: every assessment submitted or withdrawn after the position after, each once as it is now, "
            + "in commit order (a change that commits late is never placed behind a position already answered). Drafts "
            + "never appear. Follow next (also in the Link header) until items is empty; without after the answer is "
            + "empty and head is where to follow from after copying the list. The log keeps 72 hours by default.")
    @APIResponseSchema(value = AssessmentChangeList.class, responseCode = "200", responseDescription = "A page of the "
            + "changes feed; a Link rel=next header names the next page when this one has items")
    public Response changes(
            @QueryParam("after") @Parameter(description = "A position this feed answered (next or head, written "
                    + "<transaction>-<sequence>); 0-0 for the start of the log. Left out: no items, only the head. A "
                    + "position older than the log keeps or ahead of its head answers 400", example = "0-0") String after,
            @QueryParam("limit") @DefaultValue("100") @Parameter(description = "How many log entries to read, 1 to "
                    + "1000; default 100. An assessment changed twice is listed once", example = "100") int limit,
            @Context UriInfo uri) {
        Optional<ChangePosition> position = ChangeFeed.request(after, limit);
        if (position.isEmpty()) {
            String head = changeFeed.head().toString();
            return Response.ok(new AssessmentChangeList(List.of(), head, head)).build();
        }
        AssessmentChanges.Page page = changeFeed.after(position.get(), limit);
        List<AssessmentChange> items = page.entries().stream().map(e -> new AssessmentChange(e.position().toString(),
                AssessmentResponse.of(e.assessment()))).toList();
        Response.ResponseBuilder answer = Response.ok(new AssessmentChangeList(items, page.next().toString(),
                page.head().toString()));
        if (!items.isEmpty()) {
            answer.header("Link", Links.nextAfter(uri, page.next(), limit));
        }
        return answer.build();
    }

    /** A subject's submitted (and withdrawn) assessments over time with their scores, oldest first. */
    @GET
    @Path("/history")
    @Transactional
    @Operation(summary = "A subject's assessment history", description = "Public. The submitted and withdrawn "
            + "assessments of one subject, oldest submission first, each with its overall score, coverage and area "
            + "scores (drafts never appear); not paged. Name the subject by practiceId, or by subjectName and "
            + "subjectCountry for a place. The answer carries an ETag; If-None-Match with it answers 304 while nothing "
            + "changed.")
    @APIResponse(responseCode = "200", description = "The subject's assessments, oldest submission first (empty "
                + "when it has none)")
    public List<HistoryEntry> history(
            @QueryParam("framework") @Parameter(description = "Only assessments against this framework code (any "
                    + "version)", example = "inclucities-benchmarks") String framework,
            @QueryParam("practiceId") @Parameter(description = "The catalogue practice whose history to show (a UUID); "
                    + "required unless subjectName and subjectCountry are given", example = ID_EXAMPLE) UUID practiceId,
            @QueryParam("subjectName") @Parameter(description = "The place (city or organisation), exact name; with "
                    + "subjectCountry, required unless practiceId is given", example = "Mechelen") String subjectName,
            @QueryParam("subjectCountry") @Parameter(description = "The place's country: ISO 3166-1 alpha-2 in upper "
                    + "case; with subjectName, required unless practiceId is given", example = "BE") String subjectCountry) {
        List<Violation> v = filterViolations(framework, subjectCountry);
        if (practiceId == null && (subjectName == null || subjectCountry == null)) {
            v.add(new Violation("practiceId", "name the subject: practiceId, or subjectName and subjectCountry"));
        }
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
        return stored.history(new Assessments.Filter(framework, practiceId, subjectName, subjectCountry)).stream()
                .map(HistoryEntry::of).toList();
    }

    /** A filter that names no framework or no country could only ever answer an empty list: it is refused instead. */
    private List<Violation> filterViolations(String framework, String subjectCountry) {
        List<Violation> v = new ArrayList<>();
        if (framework != null && !frameworks.exists(framework)) {
            v.add(new Violation("framework", "names no framework (GET /api/v1/frameworks lists their codes)"));
        }
        if (subjectCountry != null && !Countries.isValid(subjectCountry)) {
            v.add(new Violation("subjectCountry", "is not an ISO 3166-1 alpha-2 code in upper case (e.g. BE)"));
        }
        return v;
    }

    @GET
    @Path("/compare")
    @Transactional
    @Operation(summary = "Compare two assessments", description = "Public for submitted and withdrawn assessments; "
            + "a draft only with its owner's key or an admin key. Both must use the same framework version. Answers the "
            + "rated elements whose rating differs and how the overall and area scores moved (to minus from). The "
            + "answer carries an ETag; If-None-Match with it answers 304 while nothing changed.")
    @APIResponses({
        @APIResponse(responseCode = "200", description = "What changed from one assessment to the other"),
        @APIResponse(responseCode = "404", description = "from or to names no assessment, or a draft the caller may "
                + "not read."),
        @APIResponse(responseCode = "422", description = "The two assessments use different frameworks or framework "
                + "versions.")
    })
    public Comparison compare(
            @QueryParam("from") @Parameter(description = "The assessment to compare from, usually the earlier one (a "
                    + "UUID)", required = true, example = ID_EXAMPLE) UUID from,
            @QueryParam("to") @Parameter(description = "The assessment to compare to, usually the later one (a UUID)",
                    required = true, example = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID to) {
        if (from == null || to == null) {
            throw ApiProblem.invalid(List.of(new Violation(from == null ? "from" : "to", "is required: an assessment id")));
        }
        Caller caller = callerOrNull();
        return Comparison.of(assessments.read(from, caller), assessments.read(to, caller));
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
