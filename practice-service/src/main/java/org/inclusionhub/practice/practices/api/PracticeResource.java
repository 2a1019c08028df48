package org.inclusionhub.practice.practices.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.api.ApiDocumentFilter;
import org.inclusionhub.commons.api.ETags;
import org.inclusionhub.commons.api.Links;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.export.ExportFormat;
import org.inclusionhub.commons.live.ChangeFeed;
import org.inclusionhub.commons.live.ChangePosition;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.security.Roles;
import org.inclusionhub.practice.practices.Practice;
import org.inclusionhub.practice.practices.PracticeChanges;
import org.inclusionhub.practice.practices.PracticeContent;
import org.inclusionhub.practice.practices.PracticeQuery;
import org.inclusionhub.practice.practices.PracticeService;
import org.inclusionhub.practice.practices.PracticeStatus;
import org.inclusionhub.practice.practices.Practices;
import org.inclusionhub.practice.scores.LatestScore;
import org.inclusionhub.practice.scores.PracticeScores;
import org.inclusionhub.practice.scores.ScoreFrameworks;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class PracticeResource {

    /** The example id of the path parameter {@code id}. */
    private static final String EXAMPLE_ID = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41";
    private static final String ID = "The practice's id (a UUID)";
    private static final String DRY_RUN = "true: check every row and answer what would be created and skipped, storing "
            + "nothing; default false";
    private static final String PUBLISH = "true: publish every practice the import creates (otherwise each starts as a "
            + "draft); default false";
    private static final String IMPORT_SUMMARY = "Import practices (JSON array or CSV)";
    private static final String IMPORT_DESCRIPTION = "Editors and admins. Stores many practices at once, all or nothing: "
            + "every row is checked first, and one invalid row means nothing is stored (422 listing each bad row). Every "
            + "row needs a source reference; a row whose source (collection and reference) is already catalogued is "
            + "skipped, so repeating an import adds nothing. At most 5000 rows; dryRun only checks, publish publishes "
            + "what is created.";
    private static final String IMPORT_BODY = "1 to 5000 practices: a JSON array of the objects create takes "
            + "(application/json), or a UTF-8 CSV file with a header line (text/csv or text/plain; with or without a byte "
            + "order mark): title, summary, description, country, region, city, scope, organisations (name|type;...), "
            + "partners, themes, targetGroups (;-separated), startYear, endYear, ongoing, funding, budgetAmount, "
            + "budgetCurrency, website, sourceCollection, sourceReference and optionally language (an export's id, status and "
            + "version columns are accepted and ignored)";
    private static final String IMPORTED = "What the import created and skipped (for a dry run: would create and skip)";
    private static final String IMPORT_INVALID = "At least one row is not valid: nothing was imported, and the problem's "
            + "errors list each bad row (row, CSV line, sourceReference, violations)";

    private final PracticeService practices;
    private final Practices search;
    private final PracticeImporter importer;
    private final PracticeExporter exporter;
    private final PracticeScores scores;
    private final ScoreFrameworks frameworks;
    private final PracticeChanges changeFeed;
    private final SecurityIdentity caller;
    private final int maxPageSize;

    public PracticeResource(PracticeService practices, Practices search, PracticeImporter importer,
            PracticeExporter exporter, PracticeScores scores, ScoreFrameworks frameworks, PracticeChanges changeFeed,
            SecurityIdentity caller, PracticeApiConfig config) {
        this.changeFeed = changeFeed;
        this.practices = practices;
        this.search = search;
        this.importer = importer;
        this.exporter = exporter;
        this.scores = scores;
        this.frameworks = frameworks;
        this.caller = caller;
        this.maxPageSize = config.maxPageSize();
    }

    @GET
    @Transactional
    @Operation(summary = "List and search practices", description = "Public. One page of the practices that match the "
            + "filters and the full-text query q, with the total, facet counts and published practices per year of "
            + "publication over all matches; without an editor or admin key only published practices are listed. Page "
            + "with page and size, or follow next (also in the Link "
            + "header) for keyset paging; an If-None-Match naming the answer's ETag answers 304.")
    @APIResponse(responseCode = "200", description = "One page of practices; Link rel=next when there is a next cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PracticeListResponse.class)),
            headers = {@Header(name = "ETag", description = "A hash of the answer, for If-None-Match",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "The next page (RFC 8288, rel=next), when there is one",
                            schema = @Schema(type = SchemaType.STRING))})
    // public; a key (editor, admin, or a draft's owner) widens what is answered
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocumentFilter.SECURITY_SCHEME))
    public RestResponse<PracticeListResponse> list(@BeanParam PracticeFilterParams params, @BeanParam PracticePageParams paging,
            @Context UriInfo uri) {
        PracticeQuery query = params.toQuery(reader(), paging, maxPageSize);
        frameworks.requireKnown(query.scoreFramework());
        Practices.Result result = search.search(query);
        Map<UUID, List<LatestScore>> scores = this.scores.latest(result.items().stream().map(h -> h.practice().id).toList());
        List<PracticeResponse> items = result.items().stream().map(h -> PracticeResponse.of(h.practice(),
                scores.getOrDefault(h.practice().id, List.of()), h.snippet())).toList();
        String next = result.next() == null ? null : result.next().encode();
        PracticeListResponse page = new PracticeListResponse(items, query.page(), query.size(), result.total(),
                (int) ((result.total() + query.size() - 1) / query.size()), query.sort().param(), result.facets(),
                result.publishedPerYear(), next);
        if (next == null) {
            return RestResponse.ok(page);
        }
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", Links.nextCursor(uri, next))
                .build();
    }

    /** One entry of the changes feed: a published practice as the list shows it, or a tombstone (practice null). */
    public record PracticeChange(
            @Schema(required = true, description = "Where in the feed this practice last changed: <transaction>-<sequence>",
                    examples = "815342-12") String position,
            @Schema(required = true, description = "The practice's id") UUID id,
            @Schema(description = "published, archived or draft; null when the practice is gone (deleted)",
                    enumeration = {"draft", "published", "archived"}) String status,
            @Schema(description = "the practice when published; null tells a mirror to remove it") PracticeResponse practice) {
    }

    /** A page of the changes feed; follow {@code next} (also in the Link header) until {@code items} is empty. */
    public record PracticeChangeList(
            @Schema(required = true, description = "The practices changed, each once, in commit order; empty when "
                    + "there is nothing new (or when after was left out)") List<PracticeChange> items,
            @Schema(required = true, description = "The after of the next request: where this page ends (the after "
                    + "given when nothing is new, the head when after was left out)", examples = "815342-12") String next,
            @Schema(required = true, description = "The newest change the feed holds now", examples = "815377-3")
            String head) {
    }

    /**
     * The catalogue's changes feed for mirrors (public): practices changed after the position {@code after}
     * (as answered in {@code next} or {@code head}; {@code 0-0} for the start), each once, in commit order.
     * Without {@code after}: no items, and {@code head} to follow from after copying the list.
     */
    @GET
    @Path("/changes")
    @Operation(summary = "Follow the catalogue's changes feed", description = "Public, for portals that mirror the "
            + "catalogue: the practices whose public state changed (content, status or scores) after the position after, "
            + "each once, in commit order; a practice that is not (or no longer) published comes with practice null "
            + "(remove it). Follow next (also in the Link header) until items is empty; without after the answer is empty "
            + "and head is where to follow from after copying the list. The log keeps 72 hours by default; an "
            + "If-None-Match naming the answer's ETag answers 304.")
    @APIResponseSchema(value = PracticeChangeList.class, responseCode = "200", responseDescription = "A page of the "
            + "changes feed; a Link rel=next header names the next page when this one has items")
    public Response changes(
            @QueryParam("after") @Parameter(description = "A position this feed answered (next or head, written "
                    + "<transaction>-<sequence>); 0-0 for the start of the log. Left out: no items, only the head. A position "
                    + "older than the log keeps (72 hours by default) or ahead of its head answers 400", example = "0-0") String after,
            @Context UriInfo uri,
            @QueryParam("limit") @DefaultValue("100") @Parameter(description = "How many log entries to read, 1 to 1000; "
                    + "default 100. A practice changed several times is listed once, so a page may hold fewer items",
                    example = "100")
            int limit) {
        Optional<ChangePosition> position = ChangeFeed.request(after, limit);
        if (position.isEmpty()) {
            String head = changeFeed.head().toString();
            return Response.ok(new PracticeChangeList(List.of(), head, head)).build();
        }
        PracticeChanges.Page page = changeFeed.after(position.get(), limit);
        Map<UUID, List<LatestScore>> latest = scores.latest(page.entries().stream()
                .filter(e -> e.practice() != null).map(PracticeChanges.Entry::id).toList());
        List<PracticeChange> items = page.entries().stream().map(e -> new PracticeChange(e.position().toString(), e.id(),
                e.status() == null ? null : e.status().code(),
                e.practice() == null ? null : PracticeResponse.of(e.practice(), latest.getOrDefault(e.id(), List.of()))))
                .toList();
        Response.ResponseBuilder answer = Response.ok(new PracticeChangeList(items, page.next().toString(), page.head().toString()));
        if (!items.isEmpty()) {
            answer.header("Link", Links.nextAfter(uri, page.next(), limit));
        }
        return answer.build();
    }

    /** Completions of what is typed so far, for search-as-you-type over published titles and places. */
    public record SuggestionList(
            @Schema(required = true, description = "Places first (at most half of the list unless titles leave room), "
                    + "then practice titles") List<Practices.Suggestion> items) {
    }

    /**
     * Search-as-you-type: up to {@code size} (1 to 20, default 8) places and published practice titles with
     * a word starting with {@code q} (2 to 100 characters); case and accents ignored.
     */
    @GET
    @Path("/suggestions")
    @Transactional
    @Operation(summary = "Suggest completions (search-as-you-type)", description = "Public. Up to size completions of "
            + "what is typed so far: places (city or region) and titles of published practices with a word starting "
            + "with q, case and accents ignored. An If-None-Match naming the answer's ETag answers 304.")
    @APIResponseSchema(value = SuggestionList.class, responseCode = "200", responseDescription = "The completions, "
            + "places first; empty when nothing matches")
    public SuggestionList suggest(
            @QueryParam("q") @Parameter(description = "What is typed so far: 2 to 100 characters after trimming, no NUL "
                    + "characters", example = "brus") String q,
            @QueryParam("size") @DefaultValue("8") @Parameter(description = "How many suggestions at most, 1 to 20; "
                    + "default 8 (not a page size)", example = "8") int size) {
        String typed = q == null ? "" : q.strip();
        List<Violation> v = new ArrayList<>();
        if (typed.length() < 2 || typed.length() > 100) {
            v.add(new Violation("q", "must be 2 to 100 characters"));
        } else if (typed.indexOf('\0') >= 0) {
            v.add(new Violation("q", "must not contain NUL characters"));
        }
        if (size < 1 || size > 20) {
            v.add(new Violation("size", "must be between 1 and 20"));
        }
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
        return new SuggestionList(search.suggest(typed, size));
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Get a practice", description = "Public for published practices; drafts and archived practices "
            + "only with an editor or admin key (404 for anyone else). The ETag header carries the practice's version, "
            + "to send back in If-Match when changing it.")
    @APIResponseSchema(value = PracticeResponse.class, responseCode = "200", responseDescription = "The practice with "
            + "its latest scores; ETag: its version and a hash of the answer, e.g. \"3.x7Tq…\" (If-Match takes it)")
    // public; a key (editor, admin, or a draft's owner) widens what is answered
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocumentFilter.SECURITY_SCHEME))
    public Response get(@PathParam("id") @Parameter(description = ID, example = EXAMPLE_ID) UUID id) {
        Practice practice = practices.find(id);
        if (practice.status() != PracticeStatus.PUBLISHED && !isEditor()) {
            throw ApiProblem.notFound("Practice", id);
        }
        return withETag(Response.ok(), practice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Create a practice", description = "Editors and admins. Stores a new practice as a draft "
            + "(version 0) after checking every field; the answer lists every violation at once. Not idempotent: a "
            + "second create with the same source (collection and reference) answers 409.")
    @APIResponseSchema(value = PracticeResponse.class, responseCode = "201", responseDescription = "Created as a "
            + "draft; Location: its URL, ETag: its version \"0\"")
    @APIResponse(responseCode = "409", description = "A practice with the same source (collection and reference) is "
            + "already catalogued")
    public Response create(@RequestBody(required = true, description = "The practice's content") PracticeContent content) {
        Practice practice = practices.create(content);
        return withETag(Response.created(URI.create("/api/v1/practices/" + practice.id)), practice);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Replace a practice's content", description = "Editors and admins. Replaces the whole content "
            + "(fields left out become empty) of a practice in any status, keeping its status. If-Match with the ETag "
            + "last read is required (428 without it, 412 when someone changed the practice since).")
    @APIResponseSchema(value = PracticeResponse.class, responseCode = "200", responseDescription = "The practice as "
            + "stored; ETag: its new version")
    @APIResponse(responseCode = "409", description = "Another practice already has the source (collection and "
            + "reference) given")
    public Response update(@PathParam("id") @Parameter(description = ID, example = EXAMPLE_ID) UUID id,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @RequestBody(required = true, description = "The practice's new content") PracticeContent content) {
        return withETag(Response.ok(), practices.update(id, ETags.expected(ifMatch), content));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Publish a practice", description = "Editors and admins. Makes a draft or an archived "
            + "practice public and sets publishedAt. If-Match is optional; when given it must name the current version.")
    @APIResponseSchema(value = PracticeResponse.class, responseCode = "200", responseDescription = "The published "
            + "practice; ETag: its new version")
    @APIResponse(responseCode = "409", description = "The practice is already published")
    public Response publish(@PathParam("id") @Parameter(description = ID, example = EXAMPLE_ID) UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return withETag(Response.ok(), practices.publish(id, ETags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Archive a practice", description = "Editors and admins. Takes a draft or a published "
            + "practice out of the public catalogue; it can be published again. If-Match is optional; when given it must "
            + "name the current version.")
    @APIResponseSchema(value = PracticeResponse.class, responseCode = "200", responseDescription = "The archived "
            + "practice; ETag: its new version")
    @APIResponse(responseCode = "409", description = "The practice is already archived")
    public Response archive(@PathParam("id") @Parameter(description = ID, example = EXAMPLE_ID) UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return withETag(Response.ok(), practices.archive(id, ETags.expected(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Delete a draft practice", description = "Editors and admins. Deletes a practice that is "
            + "still a draft; what was published stays in the catalogue's history (archive it instead). If-Match is "
            + "optional; when given it must name the current version.")
    @APIResponse(responseCode = "204", description = "Deleted; no body")
    @APIResponse(responseCode = "409", description = "The practice is not a draft (published or archived)")
    public Response delete(@PathParam("id") @Parameter(description = ID, example = EXAMPLE_ID) UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        practices.delete(id, ETags.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @APIResponseSchema(value = ImportResponse.class, responseCode = "200", responseDescription = IMPORTED)
    @APIResponse(responseCode = "422", description = IMPORT_INVALID)
    public ImportResponse importJson(@RequestBody(required = true, description = IMPORT_BODY) List<PracticeContent> items,
            @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = DRY_RUN, example = "true") boolean dryRun,
            @QueryParam("publish") @DefaultValue("false") @Parameter(description = PUBLISH, example = "false") boolean publish) {
        return importer.importJson(items, dryRun, publish);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @APIResponseSchema(value = ImportResponse.class, responseCode = "200", responseDescription = IMPORTED)
    @APIResponse(responseCode = "422", description = IMPORT_INVALID)
    public ImportResponse importCsv(@RequestBody(required = true, description = IMPORT_BODY) String csv,
            @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = DRY_RUN, example = "true") boolean dryRun,
            @QueryParam("publish") @DefaultValue("false") @Parameter(description = PUBLISH, example = "false") boolean publish) {
        return importer.importCsv(csv, dryRun, publish);
    }

    /**
     * The filtered catalogue, streamed: {@code format} csv (the import's columns; {@code bom=false} leaves out the
     * byte order mark that Excel needs), xlsx (one sheet, same columns) or json.
     */
    @GET
    @Path("/export")
    @Produces({"text/csv", ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the filtered catalogue", description = "Public, with the list's filters and the same "
            + "rule for status (drafts and archived practices only with an editor or admin key). Streams every match in "
            + "the list's order, in one answer without pages and without scores, as a download: CSV (the import's "
            + "columns after id, status and version), XLSX (one sheet, same columns) or a JSON array, as the format "
            + "parameter says.")
    @APIResponse(responseCode = "200", description = "The download; Content-Disposition names it practices.csv, "
            + "practices.xlsx or practices.json",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"practices.<format>\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = PracticeResponse.class))})
    public Response export(@BeanParam PracticeFilterParams params,
            @QueryParam("format") @DefaultValue("csv") @Parameter(description = "csv (default), xlsx or json; "
                    + "case-insensitive", example = "xlsx") String format,
            @QueryParam("bom") @DefaultValue("true") @Parameter(description = "CSV only: false leaves out the UTF-8 byte "
                    + "order mark that Excel needs to read accented letters; default true", example = "false") boolean bom) {
        ExportFormat chosen = ExportFormat.require(format);
        PracticeQuery query = params.toQuery(reader());
        frameworks.requireKnown(query.scoreFramework());
        StreamingOutput body = chosen == ExportFormat.JSON ? exporter.json(query) : exporter.table(query, chosen, bom);
        return Response.ok(body, chosen.mediaType()).header("Content-Disposition", chosen.attachment("practices")).build();
    }

    private PracticeFilterParams.Reader reader() {
        if (isEditor()) {
            return PracticeFilterParams.Reader.EDITOR;
        }
        return caller.isAnonymous() ? PracticeFilterParams.Reader.ANONYMOUS : PracticeFilterParams.Reader.OTHER;
    }

    /** An RFC 8288 {@code Link} value for the next page: this request with the given parameters replaced. */
    private boolean isEditor() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR);
    }

    private Response withETag(Response.ResponseBuilder builder, Practice practice) {
        List<LatestScore> latest = scores.latest(List.of(practice.id)).getOrDefault(practice.id, List.of());
        return builder.entity(PracticeResponse.of(practice, latest)).header("ETag", ETags.of(practice.version)).build();
    }
}
