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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.inclusionhub.commons.api.ETags;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.export.ExportFormat;
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

@Path("/api/v1/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class PracticeResource {

    private final PracticeService practices;
    private final Practices search;
    private final PracticeImporter importer;
    private final PracticeExporter exporter;
    private final PracticeScores scores;
    private final PracticeChanges changeFeed;
    private final SecurityIdentity caller;
    private final int maxPageSize;

    public PracticeResource(PracticeService practices, Practices search, PracticeImporter importer,
            PracticeExporter exporter, PracticeScores scores, PracticeChanges changeFeed, SecurityIdentity caller,
            PracticeApiConfig config) {
        this.changeFeed = changeFeed;
        this.practices = practices;
        this.search = search;
        this.importer = importer;
        this.exporter = exporter;
        this.scores = scores;
        this.caller = caller;
        this.maxPageSize = config.maxPageSize();
    }

    @GET
    @Transactional
    public RestResponse<PracticeListResponse> list(@BeanParam PracticeFilterParams params, @Context UriInfo uri) {
        PracticeQuery query = params.toQuery(reader(), maxPageSize);
        Practices.Result result = search.search(query);
        Map<UUID, List<LatestScore>> scores = this.scores.latest(result.items().stream().map(h -> h.practice().id).toList());
        List<PracticeResponse> items = result.items().stream().map(h -> PracticeResponse.of(h.practice(),
                scores.getOrDefault(h.practice().id, List.of()), h.snippet())).toList();
        String next = result.next() == null ? null : result.next().encode();
        PracticeListResponse page = new PracticeListResponse(items, query.page(), query.size(), result.total(),
                (int) ((result.total() + query.size() - 1) / query.size()), query.sort().param(), result.facets(), next);
        if (next == null) {
            return RestResponse.ok(page);
        }
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", linkNext(uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor", next)))
                .build();
    }

    /** One entry of the changes feed: a published practice as the list shows it, or a tombstone (practice null). */
    public record PracticeChange(String position, UUID id,
            @Schema(description = "published, archived or draft; absent when the practice is gone") String status,
            @Schema(description = "the practice when published; null tells a mirror to remove it") PracticeResponse practice) {
    }

    /** A page of the changes feed; follow {@code next} (also in the Link header) until {@code items} is empty. */
    public record PracticeChangeList(List<PracticeChange> items, String next, String head) {
    }

    /**
     * The catalogue's changes feed for mirrors (public): practices changed after the position {@code after}
     * (as answered in {@code next} or {@code head}; {@code 0-0} for the start), each once, in commit order.
     * Without {@code after}: no items, and {@code head} to follow from after copying the list.
     */
    @GET
    @Path("/changes")
    public Response changes(
            @QueryParam("after") @Parameter(description = "a position this feed answered (next or head); 0-0 for the start",
                    example = "0-0") String after,
            @Context UriInfo uri,
            @QueryParam("limit") @DefaultValue("100") @Parameter(description = "log entries to read, 1 to 1000", example = "100")
            int limit) {
        List<Violation> v = new ArrayList<>();
        Optional<ChangePosition> position = after == null ? Optional.empty() : ChangePosition.parse(after);
        if (after != null && position.isEmpty()) {
            v.add(new Violation("after", "must be a position this feed answered, e.g. 0-0 or the next of a page"));
        }
        if (limit < 1 || limit > PracticeChanges.MAX_LIMIT) {
            v.add(new Violation("limit", "must be between 1 and " + PracticeChanges.MAX_LIMIT));
        }
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
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
            answer.header("Link", linkNext(uri.getRequestUriBuilder().replaceQueryParam("after", page.next())
                    .replaceQueryParam("limit", limit)));
        }
        return answer.build();
    }

    /** Completions of what is typed so far, for search-as-you-type over published titles and places. */
    public record SuggestionList(List<Practices.Suggestion> items) {
    }

    /**
     * Search-as-you-type: up to {@code size} (1 to 20, default 8) places and published practice titles with
     * a word starting with {@code q} (2 to 100 characters); case and accents ignored.
     */
    @GET
    @Path("/suggestions")
    @Transactional
    public SuggestionList suggest(
            @QueryParam("q") @Parameter(description = "what is typed so far, 2 to 100 characters", example = "brus") String q,
            @QueryParam("size") @DefaultValue("8") @Parameter(description = "1 to 20", example = "8") int size) {
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
    public Response get(@PathParam("id") UUID id) {
        Practice practice = practices.find(id);
        if (practice.status() != PracticeStatus.PUBLISHED && !isEditor()) {
            throw ApiProblem.notFound("Practice", id);
        }
        return withETag(Response.ok(), practice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response create(PracticeContent content) {
        Practice practice = practices.create(content);
        return withETag(Response.created(URI.create("/api/v1/practices/" + practice.id)), practice);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, PracticeContent content) {
        return withETag(Response.ok(), practices.update(id, ETags.expected(ifMatch), content));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withETag(Response.ok(), practices.publish(id, ETags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response archive(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withETag(Response.ok(), practices.archive(id, ETags.expected(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        practices.delete(id, ETags.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public ImportResponse importJson(List<PracticeContent> items, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("publish") @DefaultValue("false") boolean publish) {
        return importer.importJson(items, dryRun, publish);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public ImportResponse importCsv(String csv, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("publish") @DefaultValue("false") boolean publish) {
        return importer.importCsv(csv, dryRun, publish);
    }

    /**
     * The filtered catalogue, streamed: {@code format} csv (the import's columns; {@code bom=false} leaves out the
     * byte order mark that Excel needs), xlsx (one sheet, same columns) or json.
     */
    @GET
    @Path("/export")
    @Produces({"text/csv", ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@BeanParam PracticeFilterParams params, @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("bom") @DefaultValue("true") boolean bom) {
        ExportFormat chosen = ExportFormat.require(format);
        PracticeQuery query = params.toQuery(reader(), Integer.MAX_VALUE);
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
    private static String linkNext(UriBuilder next) {
        URI target = next.build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"next\"";
    }

    private boolean isEditor() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR);
    }

    private Response withETag(Response.ResponseBuilder builder, Practice practice) {
        List<LatestScore> latest = scores.latest(List.of(practice.id)).getOrDefault(practice.id, List.of());
        return builder.entity(PracticeResponse.of(practice, latest)).header("ETag", ETags.of(practice.version)).build();
    }
}
