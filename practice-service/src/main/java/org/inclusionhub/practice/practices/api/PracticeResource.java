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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.api.ETags;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.export.ExportFormat;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.security.Roles;
import org.inclusionhub.practice.practices.Practice;
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
    private final SecurityIdentity caller;
    private final int maxPageSize;

    public PracticeResource(PracticeService practices, Practices search, PracticeImporter importer,
            PracticeExporter exporter, PracticeScores scores, SecurityIdentity caller,
            PracticeApiConfig config) {
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
    public PracticeListResponse list(@BeanParam PracticeFilterParams params) {
        PracticeQuery query = params.toQuery(reader(), maxPageSize);
        Practices.Result result = search.search(query);
        Map<UUID, List<LatestScore>> scores = this.scores.latest(result.items().stream().map(h -> h.practice().id).toList());
        List<PracticeResponse> items = result.items().stream().map(h -> PracticeResponse.of(h.practice(),
                scores.getOrDefault(h.practice().id, List.of()), h.snippet())).toList();
        return new PracticeListResponse(items, query.page(), query.size(), result.total(),
                (int) ((result.total() + query.size() - 1) / query.size()), query.sort().param(), result.facets());
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
    public SuggestionList suggest(@QueryParam("q") String q, @QueryParam("size") @DefaultValue("8") int size) {
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

    private boolean isEditor() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR);
    }

    private Response withETag(Response.ResponseBuilder builder, Practice practice) {
        List<LatestScore> latest = scores.latest(List.of(practice.id)).getOrDefault(practice.id, List.of());
        return builder.entity(PracticeResponse.of(practice, latest)).header("ETag", ETags.of(practice.version)).build();
    }
}
