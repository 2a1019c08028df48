package org.inclusionhub.commons.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.inclusionhub.commons.live.ChangeFeed;
import org.inclusionhub.commons.problem.Problem;
import org.inclusionhub.commons.problem.ProblemType;

/**
 * Completes each service's OpenAPI document with what all operations share, so the resources only annotate
 * what is their own (summary, description, parameters, success and domain answers). Registered with
 * {@code mp.openapi.filter} in each service; it runs once, at build time.
 * <ul>
 * <li>The {@value #SECURITY_SCHEME} security scheme: {@code Authorization: Bearer <API key>}; every security
 * requirement names it (Quarkus adds the requirements from {@code @RolesAllowed}).</li>
 * <li>The {@code Problem} and {@code Violation} schemas (RFC 9457) and, by the operation's shape, the problem
 * answers it can give: 400 with parameters or a body, 413 with a body, 401/403/429 when secured, 404 with a
 * path parameter, 412/428 with {@code If-Match} (described as required or optional as the resource declares it).
 * Each is described from its {@link ProblemType}; every 4xx answer, declared here or on the resource, carries
 * {@code application/problem+json}.</li>
 * <li>Properties that are not required are typed nullable ({@link #nullableUnlessRequired}).</li>
 * <li>Conditional reads ({@link ConditionalReads}): every GET whose 200 answer is JSON only takes
 * {@code If-None-Match}, answers {@code ETag} and may answer 304.</li>
 * <li>The descriptions, examples and bounds of the parameters every list, stream or conditional write shares
 * ({@link #SHARED}).</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    /** The name of the API-key scheme in {@code components.securitySchemes}. */
    public static final String SECURITY_SCHEME = "apiKey";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** Parameters with one meaning in every service, described once. */
    static final Map<String, String> SHARED = Map.of(
            "Last-Event-ID", "The id of the last event this client received (the SSE reconnection header): the stream "
                    + "resumes after it, so no change is missed.",
            "page", "Page number, from 0 (offset paging), 0 to 100000. Prefer the cursor where one is offered: "
                    + "offset pages shift when items change between requests.",
            "size", "How many items to answer, from 1 to the operation's maximum (100 per page unless configured).");

    /** Examples of the shared parameters (and If-Match). */
    static final Map<String, Object> EXAMPLES = Map.of("Last-Event-ID", "815342-12", "page", 0, "size", 20,
            "If-Match", "\"3\"");

    private static final String IF_MATCH = "The ETag of the version this change is based on (RFC 9110 section 13.1.1), "
            + "as answered by the last read or write (or several, comma-separated, any of which may match); a version "
            + "that is no longer current answers 412, a value that is no * or quoted tag 400.";
    private static final String IF_MATCH_REQUIRED = IF_MATCH + " Required: without it 428.";
    private static final String IF_MATCH_OPTIONAL = IF_MATCH + " Optional for this change: without it, the change "
            + "applies to the current version.";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Components components = Optional.ofNullable(document.getComponents()).orElseGet(OASFactory::createComponents);
        document.setComponents(components);
        components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("API key")
                .description("An API key issued by an administrator (POST /api/v1/api-keys or, for a partner, "
                        + "POST /api/v1/partners/{code}/keys), sent as Authorization: Bearer <key>. Reads of public "
                        + "data need none."));
        components.addSchema("Violation", violationSchema());
        components.addSchema("Problem", problemSchema());
        Optional.ofNullable(components.getSchemas()).orElse(Map.of()).values()
                .forEach(ApiDocumentFilter::nullableUnlessRequired);
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> Optional.ofNullable(item.getOperations())
                .orElse(Map.of()).forEach((method, op) -> complete(path, method, op)));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation op) {
        List<Parameter> parameters = Optional.ofNullable(op.getParameters()).orElse(List.of());
        parameters.stream().filter(p -> p.getDescription() == null && SHARED.containsKey(p.getName()))
                .forEach(p -> p.setDescription(SHARED.get(p.getName())));
        parameters.stream().filter(p -> p.getExample() == null && EXAMPLES.containsKey(p.getName()))
                .forEach(p -> p.setExample(EXAMPLES.get(p.getName())));
        parameters.forEach(p -> bound(path, p));
        Optional<Parameter> ifMatch = parameters.stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName())).findFirst();
        boolean versionRequired = ifMatch.map(p -> Boolean.TRUE.equals(p.getRequired())).orElse(false);
        ifMatch.filter(p -> p.getDescription() == null)
                .ifPresent(p -> p.setDescription(versionRequired ? IF_MATCH_REQUIRED : IF_MATCH_OPTIONAL));
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (secured) {
            op.setSecurity(renamed(op.getSecurity()));
        }
        APIResponses responses = Optional.ofNullable(op.getResponses()).orElseGet(OASFactory::createAPIResponses);
        op.setResponses(responses);
        if (method == PathItem.HttpMethod.GET) {
            documentConditionalRead(op, responses);
        }
        List<ProblemType> expected = new ArrayList<>();
        if (!parameters.isEmpty() || op.getRequestBody() != null) {
            expected.add(ProblemType.VALIDATION);
        }
        if (op.getRequestBody() != null) {
            expected.add(ProblemType.CONTENT_TOO_LARGE);
        }
        if (secured) {
            expected.addAll(List.of(ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN, ProblemType.RATE_LIMITED));
        }
        if (path.contains("{")) {
            expected.add(ProblemType.NOT_FOUND);
        }
        if (ifMatch.isPresent()) {
            expected.addAll(List.of(ProblemType.STALE_VERSION, ProblemType.VERSION_REQUIRED));
        }
        for (ProblemType type : expected) {
            String code = String.valueOf(type.status());
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(describe(code)));
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(code, response);
            }
        });
    }

    /** Every 4xx or 5xx answer: problem+json, described by its problem types when the resource said nothing. */
    private static void asProblem(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals(defaultDescription(code))) {
            response.setDescription(describe(code));
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    /** What Quarkus writes for the answers it adds by itself ("Bad Request", "Not Authorized", ...). */
    private static String defaultDescription(String code) {
        return switch (code) {
            case "400" -> "Bad Request";
            case "401" -> "Not Authorized";
            case "403" -> "Not Allowed";
            default -> "";
        };
    }

    /** "Validation failed (/problems/validation): ...; Malformed request body (...): ..." for each kind of a status. */
    private static String describe(String code) {
        List<String> kinds = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            if (String.valueOf(type.status()).equals(code)) {
                kinds.add(type.title() + " (" + type.uri() + "): " + type.description());
            }
        }
        return kinds.isEmpty() ? "A problem (RFC 9457)." : String.join(" Or ", kinds);
    }

    private static List<SecurityRequirement> renamed(List<SecurityRequirement> requirements) {
        List<SecurityRequirement> out = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            if (requirement.getSchemes() == null || requirement.getSchemes().isEmpty()) {
                out.add(requirement); // {}: anonymous callers are served too (a public read that a key widens)
                continue;
            }
            List<String> roles = new ArrayList<>();
            Optional.ofNullable(requirement.getSchemes()).orElse(Map.of()).values().stream().filter(Objects::nonNull)
                    .forEach(roles::addAll);
            out.add(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME, roles));
        }
        return out;
    }

    /**
     * JSON answers carry every field, null when it has no value (Jackson's default here), and requests may send
     * null for what is optional: so a property that is not required may be null. OpenAPI 3.1 says so with
     * {@code "null"} among its types. Properties that are references keep their {@code $ref}.
     */
    private static void nullableUnlessRequired(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = Optional.ofNullable(schema.getRequired()).orElse(List.of());
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name) && property.getRef() == null && property.getType() != null
                    && !property.getType().isEmpty() && !property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
                if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                    List<Object> values = new ArrayList<>(property.getEnumeration());
                    values.add(null);
                    property.setEnumeration(values);
                }
            }
        });
    }

    /**
     * The bounds every service checks the same way: {@code page} 0 to {@link Paging#MAX_PAGE}, {@code size} from 1,
     * a changes feed's {@code limit} 1 to {@link ChangeFeed#MAX_LIMIT}. A size's maximum is the operation's own.
     */
    private static void bound(String path, Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null) {
            return;
        }
        switch (parameter.getName()) {
            case "page" -> schema.minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Paging.MAX_PAGE));
            case "size" -> schema.minimum(BigDecimal.ONE);
            case "limit" -> {
                if (path.endsWith("/changes")) {
                    schema.minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ChangeFeed.MAX_LIMIT));
                }
            }
            default -> {
            }
        }
    }

    /** A GET whose 200 answer is JSON only (not a file, not a stream) is a conditional read. */
    private static void documentConditionalRead(Operation op, APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null
                || ok.getContent().getMediaTypes().isEmpty()
                || !ok.getContent().getMediaTypes().keySet().stream().allMatch(t -> t.startsWith("application/json"))) {
            return;
        }
        if (Optional.ofNullable(op.getParameters()).orElse(List.of()).stream()
                .noneMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()))) {
            op.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING))
                    .description("The ETag of an earlier answer (RFC 9110 section 13.1.2): 304 without a body while "
                            + "the answer is unchanged.")
                    .example("\"3q2-7wAbCdEfGhIjKlMnOpQrStU\""));
        }
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
            ok.addHeader("ETag", OASFactory.createHeader().description("Identifies this answer, for If-None-Match (a "
                    + "single resource's tag starts with its version, for If-Match)")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        }
        if (!responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag; no body."));
        }
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One field-level problem: which field, header or parameter, and what is wrong with it.")
                .addProperty("field", string("Path of the field, e.g. organisations[0].type, or the parameter's name",
                        "organisations[0].type"))
                .addProperty("message", string("What is wrong, in English", "must be one of the codes of GET /api/v1/vocabularies"))
                .required(List.of("field", "message"));
    }

    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("The kind of problem: a URI relative to the service; GET it for its meaning. "
                + "about:blank for 405, 406 and 415.", "/problems/validation").format("uri-reference"));
        properties.put("title", string("Short summary of the kind", "Validation failed"));
        properties.put("status", OASFactory.createSchema().addType(SchemaType.INTEGER).description("The HTTP status")
                .examples(List.<Object>of(400)));
        properties.put("detail", string("What happened in this case", "2 fields are not valid"));
        properties.put("instance", string("The request path", "/api/v1/practices"));
        properties.put("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                .description("For validation problems: each field that is not valid")
                .items(OASFactory.createSchema().ref("#/components/schemas/Violation")));
        properties.put("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                .description("For a bulk or import answer: the items or rows that failed, with their own violations")
                .items(OASFactory.createSchema()));
        properties.put("errorId", string("For 500 only: the id under which the cause was logged", "7b0f1c9e"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A problem details document (RFC 9457), answered as application/problem+json.")
                .properties(properties).required(List.of("type", "title", "status"));
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).examples(List.<Object>of(example));
    }
}
