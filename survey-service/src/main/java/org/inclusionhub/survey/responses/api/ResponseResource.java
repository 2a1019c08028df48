package org.inclusionhub.survey.responses.api;

import jakarta.validation.constraints.Min;
import org.inclusionhub.commons.api.VersionParameter;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.api.Callers;
import org.inclusionhub.commons.api.ETags;
import org.inclusionhub.commons.api.InstantParameter;
import org.inclusionhub.commons.api.Links;
import org.inclusionhub.commons.api.PageResponse;
import org.inclusionhub.commons.api.Paging;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.JsonMessages;
import org.inclusionhub.commons.export.ExportFormat;
import org.inclusionhub.commons.export.TableWriter;
import org.inclusionhub.commons.live.ChangeFeed;
import org.inclusionhub.commons.live.ChangePosition;
import org.inclusionhub.commons.persistence.KeysetCursor;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.security.Roles;
import org.inclusionhub.survey.responses.BulkSubmissions;
import org.inclusionhub.commons.domain.IdempotencyKeys;
import org.inclusionhub.survey.responses.ResponseChanges;
import org.inclusionhub.survey.responses.ResponseContent;
import org.inclusionhub.survey.responses.ResponseSelection;
import org.inclusionhub.survey.responses.ResponseService;
import org.inclusionhub.survey.responses.ResponseStatus;
import org.inclusionhub.survey.responses.SurveyResponse;
import org.inclusionhub.survey.responses.SurveyResponses;
import org.inclusionhub.survey.responses.kobo.KoboSubmissions;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.SurveyService;
import org.jboss.resteasy.reactive.RestResponse;

/** Partners submit, read, update and withdraw their own responses; admins read all. */
@Path("/api/v1/surveys/{code}/responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
@Tag(name = "Responses")
public class ResponseResource {

    static final int MAX_PAGE_SIZE = 100;

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String CODE = "The survey's code";
    private static final String CODE_EXAMPLE = "erasmi-networks";
    private static final String RESPONSE_ID = "The response's id";
    private static final String RESPONSE_ID_EXAMPLE = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41";
    private static final String SUBMIT_VERSION = "The published version to answer (1 or more); default: the latest "
            + "published version";
    private static final String UPDATED_SINCE = "Only responses changed at or after this instant (inclusive: ask again "
            + "from the last updatedAt seen and miss nothing); ISO 8601 with a zone offset";
    private static final String UPDATED_SINCE_EXAMPLE = "2026-12-06T08:00:00Z";

    /**
     * One item of a bulk submission as sent: a response's content and, optionally, its own idempotency key. Only
     * documents the body of {@code POST .../responses/bulk}, which is read item by item ({@link #bulkItem}).
     */
    @Schema(name = "BulkItem", description = "One response of a bulk submission: its answers and, optionally, its own "
            + "idempotency key")
    public record BulkItem(
            @Schema(required = true, description = "Answers by question code, as in a single submission",
                    additionalProperties = Schema.True.class,
                    examples = "{\"network_name\": \"Welcome Network Leipzig\", \"country\": \"DE\", "
                            + "\"target_groups\": [\"refugees\", \"other\"], \"members_count\": 25}")
            Map<String, Object> answers,
            @Schema(description = "For a question answered 'other': the text, at most 500 characters, by question code",
                    examples = "{\"target_groups\": \"Seasonal workers\"}") Map<String, String> otherText,
            @Schema(description = "This item's own idempotency key, 1 to 200 visible ASCII characters: a retry of the "
                    + "batch stores the item only if it is missing", examples = "leipzig-2026-12-06-017") String idempotencyKey) {
    }

    private final ResponseService responses;
    private final BulkSubmissions bulk;
    private final SurveyService surveys;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final SurveyResponses stored;
    private final KoboSubmissions kobo;
    private final ResponseChanges changeFeed;

    public ResponseResource(ResponseService responses, BulkSubmissions bulk, SurveyService surveys, SecurityIdentity identity,
            ObjectMapper mapper, SurveyResponses stored, ResponseChanges changeFeed, KoboSubmissions kobo) {
        this.kobo = kobo;
        this.changeFeed = changeFeed;
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
    @Operation(summary = "Submit a response",
            description = "Partner or admin. Validates the answers against a published version and stores them as the "
                    + "caller's response, answering 201 with the response, its Location and its ETag. With an "
                    + "Idempotency-Key header, a retry of the same request answers the first result again "
                    + "(Idempotent-Replayed: true) and stores nothing new.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING, maxLength = 200),
            description = "Optional, sent once: makes retries safe. 1 to 200 visible ASCII characters (no spaces), new for "
                    + "each response and kept per API-key owner; the same key with the same survey version and body "
                    + "answers the first result, with another version or body 422",
            example = "leipzig-2026-12-06-001")
    @APIResponseSchema(value = ResponseView.class, responseCode = "201",
            responseDescription = "Stored (or, with Idempotent-Replayed: true, stored by an earlier request with the same "
                    + "Idempotency-Key); Location names it, ETag carries its version")
    @APIResponse(responseCode = "422", description = "Nothing stored: the answers do not fit the survey version (every "
            + "problem named by its field, e.g. answers.country: a required question left out, an unknown option, a "
            + "number out of bounds, a question not asked; or more than 600 000 bytes of answers), or the "
            + "Idempotency-Key was used for a different request")
    public Response submit(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = SUBMIT_VERSION, example = "3") @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version,
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
    @Operation(summary = "Receive a KoboToolbox submission",
            description = "The URL for a KoboToolbox REST service (JSON), authenticated with a partner's or admin's API "
                    + "key as the password of HTTP basic authentication (any user name) or as Bearer: maps the submission "
                    + "onto a published version and stores it like any response. Group paths, space-separated "
                    + "select_multiple answers, <question>_other texts and Kobo's own fields are understood; the "
                    + "submission's id (meta/instanceID or _uuid) is its idempotency key, so Kobo's retries store one "
                    + "response.")
    @RequestBody(required = true, description = "A submission as KoboToolbox pushes it: one flat JSON object whose keys "
            + "are question names prefixed by their group path, whose answers are texts (JSON null: not answered)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    examples = "{\"_id\": 81234, \"_uuid\": \"5f1c9a4e-2b7d-4e8a-9c3f-1d2e3f4a5b6c\", "
                            + "\"network/network_name\": \"Malmö Welcome Network\", \"network/members\": \"45\", "
                            + "\"target_groups\": \"refugees migrants\", "
                            + "\"meta/instanceID\": \"uuid:5f1c9a4e-2b7d-4e8a-9c3f-1d2e3f4a5b6c\"}")))
    @APIResponseSchema(value = ResponseView.class, responseCode = "201",
            responseDescription = "Stored (or, with Idempotent-Replayed: true, the same submission was stored before); "
                    + "Location names it")
    @APIResponse(responseCode = "422", description = "Nothing stored: a field is no question of the survey or its value "
            + "cannot be read, _uuid and meta/instanceID are both missing or differ, the answers do not fit the survey "
            + "version (named by Kobo's field, e.g. network/members), or this submission id was stored before with "
            + "other content")
    public Response submitFromKobo(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = SUBMIT_VERSION, example = "3") @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version,
            JsonNode payload) {
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
    @Operation(summary = "Submit many responses at once",
            description = "Partner or admin. Takes 1 to 1000 responses, as a JSON array or as NDJSON (one object per "
                    + "line), and answers one result per item in order: each item is validated and stored or refused on "
                    + "its own, so the request answers 200 even when items are refused. An Idempotency-Key on the batch "
                    + "makes a replay answer the first results (replayed: true); an item's own idempotencyKey makes a "
                    + "partial retry store only what is missing.")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING, maxLength = 200),
            description = "Optional, sent once: the batch's key, 1 to 200 visible ASCII characters (no spaces), kept per "
                    + "API-key owner. The same items again answer the first results and store nothing new; other items "
                    + "under the same key answer 422",
            example = "batch-2026-12-06-001")
    @RequestBody(required = true, description = "The responses, at most 1000: a JSON array of items, or NDJSON with one "
            + "item object per line (blank lines are skipped)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = BulkItem.class)),
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING,
                            description = "One BulkItem JSON object per line",
                            examples = "{\"answers\": {\"network_name\": \"Welcome Network Leipzig\", \"country\": \"DE\"}}")) })
    @APIResponses({
            @APIResponse(responseCode = "200", description = "One result per item, in the order sent"),
            @APIResponse(responseCode = "422", description = "The batch's Idempotency-Key was already used for a "
                    + "different batch; nothing is stored") })
    public List<BulkItemResult> bulk(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = SUBMIT_VERSION, example = "3") @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version,
            @Parameter(description = "The body's media type: application/json for a JSON array, application/x-ndjson "
                    + "for one response object per line", example = "application/x-ndjson")
            @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers, String body) {
        List<String> items;
        try {
            items = BulkBodies.items(contentType, body);
        } catch (JsonProcessingException e) {
            // the shared mapping names the field where it can, e.g. [0].otherText.x for a NUL in a string
            throw new WebApplicationException(e, Response.Status.BAD_REQUEST);
        }
        BulkSubmissions.requireCount(items.size()); // before reading 1 001 or more items one by one
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
                return new BulkSubmissions.Item(null, null, new Violation(Violation.BODY, "each item must be a JSON object"));
            }
            JsonNode key = ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("idempotencyKey");
            if (key != null && !key.isTextual()) {
                return new BulkSubmissions.Item(null, null, new Violation("idempotencyKey", "must be a string"));
            }
            return new BulkSubmissions.Item(mapper.treeToValue(node, ResponseContent.class), key == null ? null : key.asText(), null);
        } catch (JsonProcessingException e) {
            return new BulkSubmissions.Item(null, null, JsonMessages.violation(e)); // as a single submission names it
        }
    }

    /**
     * A page of responses (a partner: its own), oldest first. {@code status} is submitted, withdrawn or all
     * (the default); {@code version} narrows to one survey version; {@code updatedSince} to those changed since.
     */
    @GET
    @Operation(summary = "List responses",
            description = "A page of the survey's responses, oldest first: a partner sees only its own, an admin all; "
                    + "status, version and updatedSince narrow it, page (from 0) and size (1 to 100, default 20) page it. "
                    + "An unknown survey code or version answers 404. The answer carries an ETag: sent back in "
                    + "If-None-Match, it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The page of responses")
    public RestResponse<PageResponse<ResponseView>> list(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = "submitted, withdrawn or all (the default)", example = "submitted")
            @QueryParam("status") String status,
            @Parameter(description = "Only responses to this survey version; default: every version", example = "3")
            @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version,
            @Parameter(description = UPDATED_SINCE, example = UPDATED_SINCE_EXAMPLE) @QueryParam("updatedSince") String updatedSince,
            @QueryParam("cursor") @Parameter(description = "Keyset paging: the next of the previous page (also in its "
                    + "Link header). Pages read this way neither repeat nor skip responses submitted between requests; "
                    + "leave page out", example = "YzEKMjAyNi0xMi0wNlQyMjowMDowMFoKM2YwYzJiOGUtOGE0ZS00YzhlLTlkMWUtMmI3ZjVlMGE5YzQx")
            String cursor, @Context UriInfo uri,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        List<Violation> paging = Paging.violations(page, size, MAX_PAGE_SIZE);
        KeysetCursor after = Paging.cursor(cursor, page, paging);
        if (!paging.isEmpty()) {
            throw ApiProblem.invalid(paging);
        }
        ResponseSelection selection = new ResponseSelection(code, version, ResponseSelection.statuses(status,
                EnumSet.allOf(ResponseStatus.class)), InstantParameter.read("updatedSince", updatedSince));
        surveys.published(code, version); // an unknown survey or version is a 404, not an empty page
        SurveyResponses.Page found = stored.page(selection, caller(), after, page, size);
        PageResponse<ResponseView> answer = PageResponse.of(found.items().stream().map(ResponseView::of).toList(), page,
                size, found.total());
        if (found.next() == null) {
            return RestResponse.ok(answer);
        }
        String next = found.next().encode();
        return RestResponse.ResponseBuilder.ok(answer.withNext(next)).header("Link", Links.nextCursor(uri, next)).build();
    }

    /** One entry of the changes feed: a response as it is now. */
    public record ResponseChange(
            @Schema(required = true, description = "The position of its latest change in this page",
                    examples = "815342-12") String position,
            @Schema(required = true, description = "The response as it is now: submitted, or withdrawn (the mirror's "
                    + "tombstone: it no longer counts)") ResponseView response) {
    }

    /** A page of the changes feed; follow {@code next} (also in the Link header) until it stops moving. */
    public record ResponseChangeList(
            @Schema(required = true, description = "The survey's responses changed, each once, in commit order; only "
                    + "those the caller may read") List<ResponseChange> items,
            @Schema(required = true, description = "The after of the next request", examples = "815342-12") String next,
            @Schema(required = true, description = "The newest change the feed holds now", examples = "815377-3")
            String head) {
    }

    @GET
    @Path("/changes")
    @Operation(summary = "Follow the responses' changes feed", description = "For a partner (its own responses) or an "
            + "admin (all) that mirrors a survey's responses: every response submitted, updated or withdrawn after the "
            + "position after, each once as it is now, in commit order (a change that commits late is never placed "
            + "behind a position already answered). Follow next (also in the Link header) until it equals head; a page "
            + "may hold fewer items than it read, as other surveys' and partners' changes are left out. Without after "
            + "the answer is empty and head is where to follow from after copying the list. The log keeps 72 hours by "
            + "default.")
    @APIResponseSchema(value = ResponseChangeList.class, responseCode = "200", responseDescription = "A page of the "
            + "changes feed; a Link rel=next header names the next page until the feed's head is reached")
    public Response changes(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @QueryParam("after") @Parameter(description = "A position this feed answered (next or head, written "
                    + "<transaction>-<sequence>); 0-0 for the start of the log. Left out: no items, only the head. A "
                    + "position older than the log keeps or ahead of its head answers 400", example = "0-0") String after,
            @QueryParam("limit") @DefaultValue("100") @Parameter(description = "How many log entries to read, 1 to "
                    + "1000; default 100", example = "100") int limit,
            @Context UriInfo uri) {
        Optional<ChangePosition> position = ChangeFeed.request(after, limit);
        surveys.published(code, null); // an unknown survey is a 404, not an empty feed
        if (position.isEmpty()) {
            String head = changeFeed.head().toString();
            return Response.ok(new ResponseChangeList(List.of(), head, head)).build();
        }
        ResponseChanges.Page page = changeFeed.after(code, caller(), position.get(), limit);
        List<ResponseChange> items = page.entries().stream().map(e -> new ResponseChange(e.position().toString(),
                ResponseView.of(e.response()))).toList();
        Response.ResponseBuilder answer = Response.ok(new ResponseChangeList(items, page.next().toString(),
                page.head().toString()));
        if (page.next().compareTo(page.head()) < 0) {
            answer.header("Link", Links.nextAfter(uri, page.next(), limit));
        }
        return answer.build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Read a response",
            description = "One response with its answers: a partner reads only its own (another partner's answers 404), "
                    + "an admin any. The ETag header carries the response's version; send it as If-Match to update or "
                    + "withdraw the response.")
    @APIResponseSchema(value = ResponseView.class, responseCode = "200",
            responseDescription = "The response; its ETag header carries its version and a hash of the answer, "
                    + "e.g. \"3.x7Tq…\" (If-Match takes it)")
    public Response get(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = RESPONSE_ID, example = RESPONSE_ID_EXAMPLE) @PathParam("id") UUID id) {
        SurveyResponse r = responses.find(code, id, caller());
        return Response.ok(ResponseView.of(r)).header("ETag", ETags.of(r.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a response's answers",
            description = "Partner (its own responses) or admin. Replaces all answers and other texts, validated against "
                    + "the survey version the response answers; If-Match with the response's current ETag is required. "
                    + "Answers the updated response and its new ETag.")
    @APIResponseSchema(value = ResponseView.class, responseCode = "200",
            responseDescription = "The updated response; its ETag header carries the new version")
    @APIResponses({
            @APIResponse(responseCode = "409", description = "The response is withdrawn and can no longer be updated"),
            @APIResponse(responseCode = "422", description = "The answers do not fit the response's survey version (every "
                    + "problem named answers.<question>); nothing is changed") })
    public Response update(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = RESPONSE_ID, example = RESPONSE_ID_EXAMPLE) @PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(required = true, example = "\"3\"") String ifMatch,
            ResponseContent content) {
        SurveyResponse r = responses.update(code, id, ETags.expected(ifMatch), content, caller());
        return Response.ok(ResponseView.of(r)).header("ETag", ETags.of(r.version)).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw a response",
            description = "Partner (its own responses) or admin. The response is kept, listed and exportable with its "
                    + "status withdrawn, but no longer counted in the statistics, and it never changes again. If-Match is "
                    + "optional here; when sent, it must name the current ETag.")
    @APIResponseSchema(value = ResponseView.class, responseCode = "200",
            responseDescription = "The withdrawn response; its ETag header carries the new version")
    @APIResponse(responseCode = "409", description = "The response is already withdrawn")
    public Response withdraw(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = RESPONSE_ID, example = RESPONSE_ID_EXAMPLE) @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
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
    @Operation(summary = "Export responses as CSV, XLSX or JSON",
            description = "Partner (its own responses) or admin; streamed as a download. By default every published "
                    + "version (a survey_version column, and the union of the versions' columns) and only submitted "
                    + "responses; a table has the columns id, partner, survey_version, status, created_at, updated_at, then "
                    + "one per question, a multiple-choice question as one 0/1 column per option (question:option) and an "
                    + "'other' text as question:other_text. format=json gives an array of responses as the API shows them.")
    @APIResponse(responseCode = "200", description = "The export, as the attachment {code}-responses.{csv,xlsx,json}",
            content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ResponseView.class)) })
    public Response export(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = "Only this published version; default: every published version", example = "3")
            @QueryParam("version") @Min(value = 1, message = VersionParameter.FROM_ONE) Integer version,
            @Parameter(description = "csv (the default), xlsx or json, case-insensitive; a survey whose table is wider "
                    + "than an XLSX worksheet holds (16384 columns) answers 400 naming format for xlsx", example = "xlsx")
            @QueryParam("format") @DefaultValue("csv") String format,
            @Parameter(description = "CSV and XLSX: true writes single-choice and yes-no answers as their labels and "
                    + "countries by their English names instead of codes (default false); column names stay codes",
                    example = "true")
            @QueryParam("labels") @DefaultValue("false") boolean labels,
            @Parameter(description = "submitted (the default), withdrawn or all", example = "all")
            @QueryParam("status") String status,
            @Parameter(description = UPDATED_SINCE, example = UPDATED_SINCE_EXAMPLE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "CSV only: false leaves out the UTF-8 byte order mark, which Excel needs to read the "
                    + "file as UTF-8 (default true)", example = "false") @QueryParam("bom") @DefaultValue("true") boolean bom,
            @Parameter(description = "A language of the survey, by name or tag (e.g. de): with labels=true, the labels "
                    + "in that language, for each version that has it; 400 when no exported version has it",
                    example = "de") @QueryParam("lang") String lang) {
        ExportFormat chosen = ExportFormat.require(format);
        ResponseSelection selection = new ResponseSelection(code, version, ResponseSelection.statuses(status,
                EnumSet.of(ResponseStatus.SUBMITTED)), InstantParameter.read("updatedSince", updatedSince));
        List<SurveyDefinition> definitions = inLanguage(QuarkusTransaction.requiringNew()
                .call(() -> surveys.publishedDefinitions(code, version)), lang);
        Caller caller = caller();
        ResponseTable columns = new ResponseTable(definitions, labels);
        chosen.requireFits(columns.header().size());
        StreamingOutput body = switch (chosen) {
            case CSV, XLSX -> out -> {
                TableWriter table = TableWriter.of(chosen, out, "responses", bom, columns.numberColumns());
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
