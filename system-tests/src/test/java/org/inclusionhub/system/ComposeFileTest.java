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
        pb.environment().keySet().removeIf(k -> k.endsWith("PASSWORD") || k.equals("INCLUSIONHUB_ADMIN_KEY"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("docker-compose config said: %s", output).isZero();
        resolved = output;
        blocks = services(output);
    }

    private static String resolved;

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

    @Test
    void secretsComeFromFilesNeverFromTheEnvironment() {
        blocks.forEach((name, block) -> assertThat(block).as(name)
                .doesNotContainPattern("(PASSWORD|ADMIN_KEY): ")
                .doesNotContain("INCLUSIONHUB_ADMIN_KEY:"));
        assertThat(blocks.get("postgres")).contains("POSTGRES_PASSWORD_FILE: /run/secrets/postgres-password")
                .contains("SERVICE_DB_PASSWORD_FILE: /run/secrets/service-db-password");
        SERVICES.forEach(s -> assertThat(blocks.get(s)).as(s)
                .contains("DB_PASSWORD_FILE: /run/secrets/service-db-password")
                .contains("INCLUSIONHUB_ADMIN_KEY_FILE: /run/secrets/admin-key")
                .contains("source: service-db-password").contains("source: admin-key"));
        String declared = resolved.substring(resolved.indexOf("\nsecrets:") + 1);
        for (String secret : List.of("postgres-password", "service-db-password", "admin-key")) {
            assertThat(declared).containsPattern("  " + secret + ":\\n    file: \\S+/" + secret);
        }
    }

    @Test
    void everyImageStartsThroughTheEntrypointThatReadsSecretFiles() throws IOException {
        for (String s : SERVICES) {
            String dockerfile = java.nio.file.Files.readString(Path.of("..", s, "Dockerfile"));
            assertThat(dockerfile).as(s).contains("COPY infra/docker/entrypoint.sh /app/entrypoint.sh")
                    .contains("ENTRYPOINT [\"/app/entrypoint.sh\"]");
        }
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
