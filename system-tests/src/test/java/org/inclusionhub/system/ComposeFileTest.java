package org.inclusionhub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, as Compose itself resolves it (Debian's docker-compose, which the test prerequisites
 * install; no Docker engine runs here): valid, and following the operations rules of the fresh-machine issue.
 */
class ComposeFileTest {

    private static final List<String> SERVICES = List.of("practice-service", "assessment-service", "survey-service");
    private static Map<String, String> blocks;

    @BeforeAll
    static void resolve() throws IOException, InterruptedException {
        Path compose = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder("docker-compose", "-f", compose.toString(), "config").redirectErrorStream(true);
        // the file requires these secrets from the environment; any value resolves it
        pb.environment().putAll(Map.of("POSTGRES_PASSWORD", "ci", "SERVICE_DB_PASSWORD", "ci", "INCLUSIONHUB_ADMIN_KEY", "ci"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("docker-compose config said: %s", output).isZero();
        blocks = services(output);
    }

    @Test
    void everyContainerRestartsAndHasAMemoryLimit() {
        assertThat(blocks).containsKeys("postgres", "kafka", "practice-service", "assessment-service", "survey-service");
        blocks.forEach((name, block) -> {
            assertThat(block).as(name).contains("restart: unless-stopped");
            assertThat(block).as(name).containsPattern("mem_limit: \\S+");
        });
    }

    @Test
    void serviceHealthchecksReadTheTopLevelStatus() {
        // a nested "status":"UP" inside a DOWN answer must not pass: the check reads the HTTP status line
        SERVICES.forEach(s -> assertThat(blocks.get(s).replaceAll("\\s+", " ")).as(s).contains("/q/health/ready")
                .contains("' 200 '").doesNotContain("grep -q UP"));
    }

    @Test
    void kafkaKeepsItsDataOnItsVolume() {
        String kafka = blocks.get("kafka");
        assertThat(kafka).contains("KAFKA_LOG_DIRS: /var/lib/kafka/data").contains("kafka-data:/var/lib/kafka/data");
    }

    @Test
    void imagesAreNamedAndTheBuildContextLeavesSecretsOut() throws IOException {
        SERVICES.forEach(s -> assertThat(blocks.get(s)).as(s).contains("image: inclusionhub/" + s + ":"));
        String ignore = java.nio.file.Files.readString(Path.of("..", ".dockerignore"));
        assertThat(ignore.lines()).contains(".run", ".git");
    }

    /** The text of each service under {@code services:}, by name (Compose writes two-space indentation). */
    private static Map<String, String> services(String config) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder block = new StringBuilder();
        boolean inServices = false;
        for (String line : config.split("\n")) {
            if (!line.startsWith(" ")) {
                if (current != null) {
                    out.put(current, block.toString());
                    current = null;
                }
                inServices = line.startsWith("services:");
                continue;
            }
            if (inServices && line.matches("  [a-z][a-z0-9-]*:\\s*")) {
                if (current != null) {
                    out.put(current, block.toString());
                }
                current = line.strip().replace(":", "");
                block = new StringBuilder();
            } else if (current != null) {
                block.append(line).append('\n');
            }
        }
        if (current != null) {
            out.put(current, block.toString());
        }
        return out;
    }
}
