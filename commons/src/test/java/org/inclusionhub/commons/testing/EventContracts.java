package org.inclusionhub.commons.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event contracts of the three services, for producer and consumer tests. The schemas (JSON Schema 2020-12)
 * are commons resources {@code META-INF/resources/contracts/events/<topic prefix>.schema.json} (served at {@code /contracts/events/}) with the CloudEvents envelope in
 * {@code cloudevent.schema.json}; one example event per type is in {@code contracts/examples/<type>.json}.
 * A producer test checks what it wrote with {@link #assertConforms}; a consumer test feeds {@link #example}s,
 * so a change to an event that a consumer relies on fails a build on one side or the other.
 */
public final class EventContracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** @return every way the CloudEvents JSON text breaks its envelope or data schema; empty when it conforms */
    public static List<String> violations(String cloudEventJson) {
        JsonNode event = read(cloudEventJson);
        List<String> found = new ArrayList<>();
        schema("cloudevent").validate(event).stream().map(m -> describe("", m)).forEach(found::add);
        String type = event.path("type").asText();
        int dot = type.indexOf('.');
        if (dot > 0 && event.path("data").isObject()) {
            schema(type.substring(0, dot)).validate(event.path("data")).stream()
                    .map(m -> describe("data", m)).forEach(found::add);
        }
        return found;
    }

    /** @throws AssertionError naming every violation when the event does not conform */
    public static void assertConforms(String cloudEventJson) {
        List<String> found = violations(cloudEventJson);
        if (!found.isEmpty()) {
            throw new AssertionError("event breaks its contract: " + found + "\n" + cloudEventJson);
        }
    }

    /** A copy of the example event of {@code type}, with a fresh event id (so a consumer does not skip it as seen). */
    public static ObjectNode example(String type) {
        try (InputStream in = resource("META-INF/resources/contracts/examples/" + type + ".json")) {
            ObjectNode event = (ObjectNode) MAPPER.readTree(in);
            event.put("id", UUID.randomUUID().toString());
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example of {@code type} with its data's {@code id} (and the event's subject) set to {@code subjectId}. */
    public static ObjectNode example(String type, String subjectId) {
        ObjectNode event = example(type);
        event.put("subject", subjectId);
        ((ObjectNode) event.get("data")).put("id", subjectId);
        return event;
    }

    /** For example "data.scores.areas[0].line: required property 'score' not found". */
    private static String describe(String root, ValidationMessage m) {
        StringBuilder path = new StringBuilder(root);
        for (int i = 0; i < m.getInstanceLocation().getNameCount(); i++) {
            Object element = m.getInstanceLocation().getElement(i);
            path.append(element instanceof Integer ? "[" + element + "]" : (path.isEmpty() ? "" : ".") + element);
        }
        return (path.isEmpty() ? "event" : path) + ": " + m.getError();
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            try (InputStream in = resource("META-INF/resources/contracts/events/" + n + ".schema.json")) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static InputStream resource(String path) {
        InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no contract resource " + path);
        }
        return in;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
