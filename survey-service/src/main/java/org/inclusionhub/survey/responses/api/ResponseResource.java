package org.inclusionhub.survey.responses.api;

import org.inclusionhub.commons.api.Callers;
import org.inclusionhub.commons.domain.Caller;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.api.ETags;
import org.inclusionhub.commons.api.InstantParameter;
import org.inclusionhub.commons.api.PageResponse;
import org.inclusionhub.commons.api.Paging;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.export.ExportFormat;
import org.inclusionhub.commons.export.TableWriter;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.security.Roles;
import org.inclusionhub.survey.responses.BulkSubmissions;
import org.inclusionhub.survey.responses.IdempotencyKeys;
import org.inclusionhub.survey.responses.ResponseContent;
import org.inclusionhub.survey.responses.ResponseSelection;
import org.inclusionhub.survey.responses.ResponseService;
import org.inclusionhub.survey.responses.ResponseStatus;
import org.inclusionhub.survey.responses.SurveyResponse;
import org.inclusionhub.survey.responses.SurveyResponses;
import org.inclusionhub.survey.responses.kobo.KoboSubmissions;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.SurveyService;

/** Partners submit, read, update and withdraw their own responses; admins read all. */
@Path("/api/v1/surveys/{code}/responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
@Tag(name = "Responses")
public class ResponseResource {

    static final int MAX_PAGE_SIZE = 100;

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ResponseService responses;
    private final BulkSubmissions bulk;
    private final SurveyService surveys;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final SurveyResponses stored;
    private final KoboSubmissions kobo;

    public ResponseResource(ResponseService responses, BulkSubmissions bulk, SurveyService surveys, SecurityIdentity identity,
            ObjectMapper mapper, SurveyResponses stored, KoboSubmissions kobo) {
        this.kobo = kobo;
        this.responses = responses;
        this.bulk = bulk;
        this.surveys = surveys;
        this.identity = identity;
        this.mapper = mapper;
        this.stored = stored;
    }

    /** Submits one response. With {@code Idempotency-Key} a retry returns the first result and stores nothing new. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("code") String code, @QueryParam("version") Integer version,
            @Context HttpHeaders headers, ResponseContent content) {
        String key = idempotencyKey(headers);
        if (key != null) {
            IdempotencyKeys.requireValid(key, IDEMPOTENCY_KEY);
        }
        ResponseService.Submission s = responses.submit(code, version, content, caller(), key);
        return created(code, s);
    }

    /**
     * Takes a KoboToolbox REST-service push (KoboToolbox: Project, Settings, REST Services, JSON, with this URL and
     * basic authentication whose password is the partner's API key). The submission's {@code _uuid} is its
     * idempotency key, so Kobo's retries store one response; {@code version} picks the survey version (default latest).
     */
    @POST
    @Path("/kobo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitFromKobo(@PathParam("code") String code, @QueryParam("version") Integer version, JsonNode payload) {
        ResponseService.Submission s = kobo.submit(code, version, payload, caller());
        return created(code, s);
    }

    /**
     * Submits many responses (a JSON array, or NDJSON: one object per line); each item is all or nothing.
     * {@code Idempotency-Key} on the batch makes a replay answer the first result; an item's own
     * {@code idempotencyKey} field makes a partial retry store only what is missing.
     */
    @POST
    @Path("/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "application/x-ndjson"})
    public List<BulkItemResult> bulk(@PathParam("code") String code, @QueryParam("version") Integer version,
            @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers, String body) {
        List<String> items = new ArrayList<>();
        try {
            if (contentType != null && contentType.startsWith("application/x-ndjson")) {
                body.lines().filter(l -> !l.isBlank()).forEach(items::add);
            } else {
                JsonNode array = mapper.readTree(body == null ? "" : body);
                if (array == null || !array.isArray()) {
                    throw ApiProblem.badRequest("the body must be a JSON array of responses (or NDJSON)");
                }
                array.forEach(n -> items.add(n.toString()));
            }
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (items.size() > BulkSubmissions.MAX_ITEMS) {
            throw ApiProblem.badRequest("a bulk submission holds 1 to " + BulkSubmissions.MAX_ITEMS + " responses");
        }
        return bulk.submitAll(code, version, items.stream().map(this::bulkItem).toList(), caller(), idempotencyKey(headers))
                .stream().map(BulkItemResult::of).toList();
    }

    /** The Idempotency-Key header as sent: null when absent, but an empty or blank one is kept so it can be refused. */
    private static String idempotencyKey(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(IDEMPOTENCY_KEY);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiProblem.invalid(List.of(new Violation(IDEMPOTENCY_KEY, "must be sent once")));
        }
        return values.get(0) == null ? "" : values.get(0);
    }

    /** Reads one item; its {@code idempotencyKey} field is taken out before the rest is read as a response. */
    private BulkSubmissions.Item bulkItem(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || !node.isObject()) {
                return new BulkSubmissions.Item(null, null, "each item must be a JSON object");
            }
            JsonNode key = ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("idempotencyKey");
            if (key != null && !key.isTextual()) {
                return new BulkSubmissions.Item(null, null, "idempotencyKey must be a string");
            }
            return new BulkSubmissions.Item(mapper.treeToValue(node, ResponseContent.class), key == null ? null : key.asText(), null);
        } catch (JsonProcessingException e) {
            return new BulkSubmissions.Item(null, null, e.getOriginalMessage());
        }
    }

    /**
     * A page of responses (a partner: its own), oldest first. {@code status} is submitted, withdrawn or all
     * (the default); {@code version} narrows to one survey version; {@code updatedSince} to those changed since.
     */
    @GET
    public PageResponse<ResponseView> list(@PathParam("code") String code, @QueryParam("status") String status,
            @QueryParam("version") Integer version, @QueryParam("updatedSince") String updatedSince,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        List<Violation> paging = Paging.violations(page, size, MAX_PAGE_SIZE);
        if (!paging.isEmpty()) {
            throw ApiProblem.invalid(paging);
        }
        ResponseSelection selection = new ResponseSelection(code, version, ResponseSelection.statuses(status,
                EnumSet.allOf(ResponseStatus.class)), InstantParameter.read("updatedSince", updatedSince));
        SurveyResponses.Page found = stored.page(selection, caller(), page, size);
        return PageResponse.of(found.items().stream().map(ResponseView::of).toList(), page, size, found.total());
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response get(@PathParam("code") String code, @PathParam("id") UUID id) {
        SurveyResponse r = responses.find(code, id, caller());
        return Response.ok(ResponseView.of(r)).header("ETag", ETags.of(r.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("code") String code, @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ResponseContent content) {
        SurveyResponse r = responses.update(code, id, ETags.expected(ifMatch), content, caller());
        return Response.ok(ResponseView.of(r)).header("ETag", ETags.of(r.version)).build();
    }

    @POST
    @Path("/{id}/withdraw")
    public Response withdraw(@PathParam("code") String code, @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        SurveyResponse r = responses.withdraw(code, id, ETags.expected(ifMatch), caller());
        return Response.ok(ResponseView.of(r)).header("ETag", ETags.of(r.version)).build();
    }

    /**
     * Exports responses (a partner: its own), streamed from the database in chunks: {@code format} csv, xlsx or
     * json. By default every published version (a {@code survey_version} column and the union of the versions'
     * columns, see {@link ResponseTable}) and only submitted responses; {@code version}, {@code status}
     * (submitted, withdrawn, all) and {@code updatedSince} narrow or widen it. {@code labels=true} writes choice
     * labels instead of codes, in the survey's language {@code lang} if given; {@code bom=false} leaves out the CSV's
     * byte order mark, which Excel needs.
     */
    @GET
    @Path("/export")
    @Produces({"text/csv", ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("code") String code, @QueryParam("version") Integer version,
            @QueryParam("format") @DefaultValue("csv") String format, @QueryParam("labels") @DefaultValue("false") boolean labels,
            @QueryParam("status") String status, @QueryParam("updatedSince") String updatedSince,
            @QueryParam("bom") @DefaultValue("true") boolean bom, @QueryParam("lang") String lang) {
        ExportFormat chosen = ExportFormat.require(format);
        ResponseSelection selection = new ResponseSelection(code, version, ResponseSelection.statuses(status,
                EnumSet.of(ResponseStatus.SUBMITTED)), InstantParameter.read("updatedSince", updatedSince));
        List<SurveyDefinition> definitions = inLanguage(QuarkusTransaction.requiringNew()
                .call(() -> surveys.publishedDefinitions(code, version)), lang);
        Caller caller = caller();
        StreamingOutput body = switch (chosen) {
            case CSV, XLSX -> out -> {
                ResponseTable columns = new ResponseTable(definitions, labels);
                TableWriter table = TableWriter.of(chosen, out, "responses", bom);
                table.row(columns.header());
                stored.forEach(selection, caller, r -> table.row(columns.row(r)));
                table.finish();
            };
            case JSON -> out -> {
                JsonGenerator json = mapper.getFactory().createGenerator(out);
                json.writeStartArray();
                stored.forEach(selection, caller, r -> {
                    try {
                        mapper.writeValue(json, ResponseView.of(r));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                json.writeEndArray();
                json.flush();
            };
        };
        return Response.ok(body, chosen.mediaType()).header("Content-Disposition", chosen.attachment(code + "-responses")).build();
    }

    /** Each version in {@code lang} where it has that language; 400 naming lang when none has it. */
    private static List<SurveyDefinition> inLanguage(List<SurveyDefinition> versions, String lang) {
        if (lang == null) {
            return versions;
        }
        if (versions.stream().noneMatch(d -> d.language(lang).isPresent())) {
            throw ApiProblem.invalid(List.of(new Violation("lang", "'" + lang + "' is not a language of this survey")));
        }
        return versions.stream().map(d -> d.language(lang).map(d::inLanguage).orElse(d)).toList();
    }

    private static Response created(String code, ResponseService.Submission s) {
        return Response.created(URI.create("/api/v1/surveys/" + code + "/responses/" + s.response().id))
                .header("ETag", ETags.of(s.response().version))
                .header("Idempotent-Replayed", Boolean.toString(s.replayed()))
                .entity(ResponseView.of(s.response())).build();
    }

    private Caller caller() {
        return Callers.of(identity);
    }
}
