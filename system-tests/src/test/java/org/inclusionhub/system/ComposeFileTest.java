package org.inclusionhub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml is valid for Compose (Debian's docker-compose, which the test prerequisites install):
 * no Docker engine runs here, so {@code config -q} checks the file, its variables and its references.
 */
class ComposeFileTest {

    @Test
    void theComposeFileValidates() throws IOException, InterruptedException {
        Path compose = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder("docker-compose", "-f", compose.toString(), "config", "-q").redirectErrorStream(true);
        // the file requires these secrets from the environment; any value validates it
        pb.environment().putAll(Map.of("POSTGRES_PASSWORD", "ci", "SERVICE_DB_PASSWORD", "ci", "INCLUSIONHUB_ADMIN_KEY", "ci"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("docker-compose config -q said: %s", output).isZero();
    }
}
