package org.inclusionhub.commons.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generates bad requests from a service's own OpenAPI document, so that a new endpoint, parameter or
 * body field is covered without anyone editing a test. Kinds (issue "bad input"):
 * <ul>
 * <li>every path and query parameter: NUL, a lone surrogate, overlong and invalid UTF-8, malformed
 * percent-encoding; and by type: integers that are words, fractions or too large; booleans other than
 * {@code true}/{@code false}; UUIDs that are not;</li>
 * <li>every JSON body: trailing content, two documents, invalid UTF-8, not JSON at all;</li>
 * <li>every property of a JSON body, nested through objects, arrays and maps: NUL and lone surrogates in
 * strings, the wrong JSON type (number or boolean for a string, a string, fraction or boolean for an
 * integer, a number for a boolean, a scalar for an object or array).</li>
 * </ul>
 * Streams ({@code text/event-stream}) and pages without parameters are left out.
 */
public final class OpenApiBadInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DEPTH = 3;

    private final JsonNode document;
    private final List<BadInputCase> cases = new ArrayList<>();

    private OpenApiBadInputs(JsonNode document) {
        this.document = document;
    }

    /** @param openApiJson the service's {@code /q/openapi?format=json} */
    public static List<BadInputCase> from(String openApiJson) {
        try {
            OpenApiBadInputs generator = new OpenApiBadInputs(JSON.readTree(openApiJson));
            generator.generate();
            return generator.cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void generate() {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method) || isStream(op.getValue())) {
                    continue;
                }
                Map<String, JsonNode> params = new LinkedHashMap<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    if (List.of("path", "query").contains(p.path("in").asText())) {
                        params.put(p.path("name").asText(), p);
                    }
                }
                parameterCases(method, path.getKey(), params, op.getValue());
                bodyCases(method, path.getKey(), params, op.getValue());
            }
        }
    }

    private static boolean isStream(JsonNode op) {
        return op.path("responses").toString().contains("text/event-stream");
    }

    private void parameterCases(String method, String path, Map<String, JsonNode> params, JsonNode op) {
        for (JsonNode p : params.values()) {
            String name = p.path("name").asText();
            boolean inPath = "path".equals(p.path("in").asText());
            String type = typeOf(p.path("schema"));
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put("NUL in parameter", "a%00b");
            bad.put("lone surrogate in parameter", "a%ED%A0%80b");
            bad.put("overlong UTF-8 in parameter", "a%C0%AFb");
            bad.put("invalid UTF-8 byte in parameter", "a%FFb");
            bad.put("malformed percent-encoding in parameter", "a%zzb");
            bad.put("low surrogate in parameter", "a%ED%B0%80b");
            bad.put("truncated UTF-8 sequence in parameter", "a%E2%82b");
            bad.put("overlong 4-byte UTF-8 in parameter", "a%F0%82%82%ACb");
            bad.put("NUL alone as parameter", "%00");
            switch (type) {
                case "integer" -> {
                    bad.put("word for integer parameter", "abc");
                    bad.put("fraction for integer parameter", "1.5");
                    bad.put("too large integer parameter", "99999999999999999999");
                }
                case "boolean" -> {
                    bad.put("1 for boolean parameter", "1");
                    bad.put("yes for boolean parameter", "yes");
                }
                case "uuid" -> bad.put("not a UUID parameter", "not-a-uuid");
                default -> {
                }
            }
            bad.forEach((kind, value) -> {
                String target = target(path, params, inPath ? name : null, value, inPath ? null : name);
                byte[] body = needsBody(op) ? emptyBodyFor(op).getBytes(StandardCharsets.UTF_8) : null;
                // a path that is not even a URI matches no route, so the answer can only name the path
                String named = inPath && value.contains("%zz") ? "path" : name;
                cases.add(new BadInputCase(kind + " " + name, method, target, body == null ? null : "application/json", body, named));
            });
        }
    }

    private void bodyCases(String method, String path, Map<String, JsonNode> params, JsonNode op) {
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        String target = target(path, params, null, null, null);
        JsonNode resolved = resolve(schema);
        String valid = emptyBodyFor(op);
        add("trailing content after the JSON body", method, target, valid + "xyz", "body");
        add("two JSON documents in one body", method, target, valid + valid, "body");
        add("not JSON at all", method, target, "this is not json", "body");
        add("truncated JSON body", method, target, "{\"a\":", null);
        add("NUL in a property name", method, target, "{\"a\\u0000\":1}", null);
        cases.add(new BadInputCase("invalid UTF-8 in the body", method, target, "application/json",
                concat("{\"a\":\"".getBytes(StandardCharsets.ISO_8859_1), new byte[] {(byte) 0xC0, (byte) 0xAF},
                        "\"}".getBytes(StandardCharsets.ISO_8859_1)), "body"));
        add("an empty body", method, target, "", BadInputRun.ANY_FIELD); // "body", or each required field
        propertyCases(method, target, resolved, new ArrayList<>(), 0);
    }

    /** Walks the schema; at each property puts one bad value inside an otherwise empty body of the same shape. */
    private void propertyCases(String method, String target, JsonNode schema, List<Object> pathSoFar, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        schema = resolve(schema);
        switch (typeOf(schema)) {
            case "array" -> {
                List<Object> inner = new ArrayList<>(pathSoFar);
                inner.add(0);
                propertyCases(method, target, schema.path("items"), inner, depth + 1);
            }
            case "object" -> {
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    List<Object> inner = new ArrayList<>(pathSoFar);
                    inner.add(prop.getKey());
                    valueCases(method, target, resolve(prop.getValue()), inner, prop.getKey());
                    propertyCases(method, target, prop.getValue(), inner, depth + 1);
                }
                JsonNode extra = schema.path("additionalProperties");
                if (extra.isObject()) {
                    List<Object> inner = new ArrayList<>(pathSoFar);
                    inner.add("fuzz_key");
                    valueCases(method, target, resolve(extra), inner, "fuzz_key");
                }
            }
            default -> {
            }
        }
    }

    private void valueCases(String method, String target, JsonNode schema, List<Object> path, String leaf) {
        Map<String, String> bad = new LinkedHashMap<>();
        switch (typeOf(schema)) {
            case "string", "uuid" -> {
                bad.put("NUL in string", "\"a\\u0000b\"");
                bad.put("NUL alone as string", "\"\\u0000\"");
                bad.put("lone surrogate in string", "\"a\\ud800b\"");
                bad.put("lone low surrogate in string", "\"a\\udc00b\"");
                bad.put("number for string", "12345");
                bad.put("boolean for string", "true");
                bad.put("array for string", "[\"x\"]");
                bad.put("object for string", "{}");
            }
            case "integer" -> {
                bad.put("fraction for integer", "2021.9");
                bad.put("string for integer", "\"2021\"");
                bad.put("boolean for integer", "true");
            }
            case "number" -> bad.put("string for number", "\"1.5\"");
            case "boolean" -> {
                bad.put("number for boolean", "1");
                bad.put("string for boolean", "\"yes\"");
            }
            case "array" -> bad.put("string for array", "\"x\"");
            case "object" -> bad.put("string for object", "\"x\"");
            default -> {
                return;
            }
        }
        bad.forEach((kind, value) -> add(kind + " at " + render(path), method, target, wrap(path, value), leaf));
    }

    private void add(String kind, String method, String target, String body, String named) {
        cases.add(new BadInputCase(kind, method, target, "application/json", body.getBytes(StandardCharsets.UTF_8), named));
    }

    /** The JSON text of a body holding {@code value} at {@code path} and nothing else. */
    private static String wrap(List<Object> path, String value) {
        String json = value;
        for (int i = path.size() - 1; i >= 0; i--) {
            Object step = path.get(i);
            json = step instanceof Integer ? "[" + json + "]" : "{" + quote((String) step) + ":" + json + "}";
        }
        return json;
    }

    private static String render(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object step : path) {
            s.append(step instanceof Integer i ? "[" + i + "]" : (s.length() == 0 ? "" : ".") + step);
        }
        return s.length() == 0 ? "(body)" : s.toString();
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.path("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0));
        }
        return schema;
    }

    private String typeOf(JsonNode schema) {
        schema = resolve(schema);
        if ("uuid".equals(schema.path("format").asText())) {
            return "uuid";
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "";
    }

    /** The smallest well-formed body of the operation's shape: {@code []} for a list, {@code {}} otherwise. */
    private String emptyBodyFor(JsonNode op) {
        String type = typeOf(op.path("requestBody").path("content").path("application/json").path("schema"));
        return "array".equals(type) || "string".equals(type) ? "[]" : "{}";
    }

    private static boolean needsBody(JsonNode op) {
        return op.path("requestBody").path("content").has("application/json");
    }

    /** Fills path parameters with harmless values, except {@code badPath}, and adds {@code badQuery} as the only query. */
    private String target(String path, Map<String, JsonNode> params, String badPath, String value, String badQuery) {
        String target = path;
        for (JsonNode p : params.values()) {
            String name = p.path("name").asText();
            if ("path".equals(p.path("in").asText())) {
                String filler = name.equals(badPath) ? value : switch (typeOf(p.path("schema"))) {
                    case "integer" -> "1";
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "fuzz";
                };
                target = target.replace("{" + name + "}", filler);
            }
        }
        return badQuery == null ? target : target + "?" + badQuery + "=" + value;
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
