package org.inclusionhub.commons.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document ({@code META-INF/resources/asyncapi.yaml}, served at {@code /asyncapi.yaml}) is a valid
 * AsyncAPI 3.0.0 document by the specification's own JSON Schema (npm package {@code @asyncapi/specs}, fetched by
 * {@code infra/test-prerequisites.sh}), describes exactly the event types that have a contract example, and
 * refers only to schema files that exist.
 */
class AsyncApiDocumentTest {

    private static final Path SPEC_SCHEMA = Path.of(System.getProperty("user.home"),
            ".cache/inclusionhub/asyncapi-specs-6.11.1/schemas/3.0.0-without-$id.json");

    @Test
    void theDocumentIsValidAsyncApi300() throws IOException {
        assertThat(SPEC_SCHEMA).as("the AsyncAPI 3.0.0 schema; run bash infra/test-prerequisites.sh").exists();
        JsonSchema spec;
        try (InputStream in = Files.newInputStream(SPEC_SCHEMA)) {
            spec = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = spec.validate(document());
        assertThat(errors).as("AsyncAPI 3.0.0 validation").isEmpty();
    }

    @Test
    void aBrokenDocumentIsRefusedByTheSameSchema() throws IOException {
        JsonSchema spec;
        try (InputStream in = Files.newInputStream(SPEC_SCHEMA)) {
            spec = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        ObjectNode broken = (ObjectNode) document();
        ((ObjectNode) broken.path("operations").path("publishPracticeEvents")).put("action", "publish");
        assertThat(spec.validate(broken)).isNotEmpty();
    }

    @Test
    void everyEventTypeWithAContractIsDescribedAndNoOther() throws IOException {
        Set<String> described = new TreeSet<>();
        document().path("components").path("messages").forEach(m -> described.add(m.path("name").asText()));
        Set<String> examples = new TreeSet<>();
        try (var files = Files.list(resource("META-INF/resources/contracts/examples"))) {
            files.forEach(f -> examples.add(f.getFileName().toString().replace(".json", "")));
        }
        assertThat(described).isEqualTo(examples);
    }

    @Test
    void everyReferencedSchemaFileExistsAndFitsTheMessageName() throws IOException {
        List<String> problems = new ArrayList<>();
        document().path("components").path("messages").forEach(message -> {
            String type = message.path("name").asText();
            JsonNode parts = message.path("payload").path("allOf");
            String envelope = parts.path(0).path("$ref").asText();
            String data = parts.path(1).path("properties").path("data").path("$ref").asText();
            String constType = parts.path(1).path("properties").path("type").path("const").asText();
            for (String ref : List.of(envelope, data)) {
                if (ref.isEmpty() || !Files.exists(resource("META-INF/resources/" + ref))) {
                    problems.add(type + ": no schema file " + ref);
                }
            }
            if (!constType.equals(type) || !data.equals("contracts/events/" + type.substring(0, type.indexOf('.'))
                    + ".schema.json")) {
                problems.add(type + ": payload says type " + constType + " with data " + data);
            }
        });
        assertThat(problems).isEmpty();
    }

    private static JsonNode document() throws IOException {
        return new YAMLMapper().readTree(Files.readString(resource("META-INF/resources/asyncapi.yaml")));
    }

    private static Path resource(String name) {
        try {
            return Path.of(AsyncApiDocumentTest.class.getClassLoader().getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("no resource " + name, e);
        }
    }
}
