package org.inclusionhub.commons.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The running service's OpenAPI document and the rules it must keep (the build's OpenAPI lint): one finding per
 * broken rule, naming the operation, parameter, answer or schema, so a failing build says what to annotate.
 */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private OpenApiDocument() {
    }

    /** The document as the service serves it ({@code /q/openapi?format=json}). */
    public static JsonNode read() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every broken rule, e.g. "GET /api/v1/practices parameter q: no description"; empty when clean */
    public static List<String> lint(JsonNode document) {
        List<String> findings = new ArrayList<>();
        JsonNode schemes = document.path("components").path("securitySchemes");
        if (schemes.isEmpty()) {
            findings.add("components.securitySchemes: none declared");
        }
        Set<String> operationIds = new java.util.HashSet<>();
        for (Map.Entry<String, JsonNode> path : entries(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> method : entries(path.getValue())) {
                if (METHODS.contains(method.getKey())) {
                    String operationId = method.getValue().path("operationId").asText();
                    if (operationId.isBlank() || !operationIds.add(operationId)) {
                        findings.add(method.getKey().toUpperCase() + " " + path.getKey() + ": operationId missing or "
                                + "not unique (" + operationId + ")");
                    }
                    lintOperation(method.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), method.getValue(),
                            schemes, findings);
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema : entries(document.path("components").path("schemas"))) {
            JsonNode s = schema.getValue();
            if (s.path("properties").size() > 0 && s.path("required").isEmpty()) {
                findings.add("schema " + schema.getKey() + ": no required property");
            }
        }
        return findings;
    }

    private static void lintOperation(String name, String path, JsonNode op, JsonNode schemes, List<String> findings) {
        if (op.path("summary").asText().isBlank()) {
            findings.add(name + ": no summary");
        }
        if (op.path("description").asText().isBlank()) {
            findings.add(name + ": no description");
        }
        boolean ifMatch = false;
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("description").asText().isBlank()) {
                findings.add(name + " parameter " + parameter.path("name").asText() + ": no description");
            }
            if (!parameter.has("example") && !parameter.has("examples") && !parameter.path("schema").has("examples")) {
                findings.add(name + " parameter " + parameter.path("name").asText() + ": no example");
            }
            ifMatch |= "If-Match".equalsIgnoreCase(parameter.path("name").asText());
        }
        JsonNode responses = op.path("responses");
        boolean success = false;
        for (Map.Entry<String, JsonNode> response : entries(responses)) {
            String code = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (code.startsWith("2") || code.startsWith("3")) {
                success = true;
                if ((code.equals("200") || code.equals("201")) && content.isEmpty()) {
                    findings.add(name + " answer " + code + ": no content declared");
                }
                JsonNode json = content.path("application/json").path("schema");
                if (content.has("application/json") && json.isEmpty()) {
                    findings.add(name + " answer " + code + ": JSON body without a schema");
                }
            } else if (!PROBLEM_REF.equals(content.path("application/problem+json").path("schema").path("$ref").asText())) {
                findings.add(name + " answer " + code + ": not application/problem+json with the Problem schema");
            }
            if (response.getValue().path("description").asText().isBlank()) {
                findings.add(name + " answer " + code + ": no description");
            }
        }
        if (!success) {
            findings.add(name + ": no success answer declared");
        }
        boolean secured = op.path("security").size() > 0;
        for (JsonNode requirement : op.path("security")) {
            requirement.fieldNames().forEachRemaining(scheme -> {
                if (!schemes.has(scheme)) {
                    findings.add(name + ": security scheme " + scheme + " is not declared");
                }
            });
        }
        require(name, responses, path.contains("{"), "404", findings);
        require(name, responses, secured, "401", findings);
        require(name, responses, secured, "403", findings);
        require(name, responses, ifMatch, "412", findings);
        require(name, responses, ifMatch, "428", findings);
    }

    private static void require(String name, JsonNode responses, boolean when, String code, List<String> findings) {
        if (when && !responses.has(code)) {
            findings.add(name + ": answer " + code + " not declared");
        }
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        fields.forEachRemaining(list::add);
        return list;
    }
}
