package org.inclusionhub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** infra/docker/entrypoint.sh, run as the images run it: NAME comes from the file NAME_FILE names. */
class EntrypointTest {

    private static final Path ENTRYPOINT = Path.of("..", "infra", "docker", "entrypoint.sh").toAbsolutePath().normalize();
    private static final String PRINT = "printf '%s|%s' \"$DB_PASSWORD\" \"${DB_PASSWORD_FILE:-unset}\"";

    @TempDir
    Path dir;

    @Test
    void aSecretFileBecomesTheVariableWithoutItsTrailingNewline() throws Exception {
        Path secret = Files.writeString(dir.resolve("db"), "s3cret with spaces\n");
        Run run = run(Map.of("DB_PASSWORD_FILE", secret.toString()));
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).isEqualTo("s3cret with spaces|unset");
    }

    @Test
    void bothTheVariableAndItsFileAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("db"), "from-file");
        Run run = run(Map.of("DB_PASSWORD_FILE", secret.toString(), "DB_PASSWORD", "from-env"));
        assertThat(run.exit).isEqualTo(64);
        assertThat(run.output).contains("both DB_PASSWORD and DB_PASSWORD_FILE are set");
    }

    @Test
    void anUnreadableFileStopsTheStart() throws Exception {
        Run run = run(Map.of("DB_PASSWORD_FILE", dir.resolve("missing").toString()));
        assertThat(run.exit).isEqualTo(66);
        assertThat(run.output).contains("cannot be read");
    }

    @Test
    void withoutFilesTheEnvironmentPassesThrough() throws Exception {
        Run run = run(Map.of("DB_PASSWORD", "plain"));
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).isEqualTo("plain|unset");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", ENTRYPOINT.toString(), "sh", "-c", PRINT).redirectErrorStream(true);
        // a container's environment: only what the image and Compose set
        pb.environment().keySet().retainAll(java.util.Set.of("PATH", "HOME"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}
