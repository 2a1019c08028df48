package org.inclusionhub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's shell examples, pasted in order into one bash session against the packaged services with
 * the demo data of {@code ./run.sh demo}. Every curl call must answer 2xx unless the README announces its
 * status next to the call (e.g. "answers 409", "422 listing..."). Blocks preceded by
 * {@code <!-- not run by ReadmeExamplesTest: why -->} are left out (the two commands, endless streams, Docker).
 */
class ReadmeExamplesTest {

    private static final Path REPO = Path.of(System.getProperty("repo.dir")).toAbsolutePath();
    private static final Map<String, String> PORTS = Map.of("practice", "8081", "assessment", "8082", "survey", "8083");
    private static final Pattern STATUS_LINE = Pattern.compile("^README-CURL (\\d{3}) (\\d+) (.*)$", Pattern.MULTILINE);
    private static RunningSystem system;

    @TempDir
    static Path workDir;

    @BeforeAll
    static void startWithDemoData() throws Exception {
        system = new RunningSystem();
        Result demo = run(List.of("bash", REPO.resolve("run.sh").toString(), "demo"), REPO, 600);
        assertThat(demo.exit).as("./run.sh demo said:%n%s", demo.output).isZero();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void everyExampleRunsAsPastedAndAnswersWhatTheTextSays() throws Exception {
        List<String> script = script();
        // a reader's checkout: the example files where the README names them, and the admin key of ./run.sh
        for (String dir : List.of("practice-service", "assessment-service", "survey-service", "infra")) {
            Files.createSymbolicLink(workDir.resolve(dir), REPO.resolve(dir));
        }
        Files.createDirectories(workDir.resolve(".run"));
        Files.writeString(workDir.resolve(".run/admin-key"), RunningSystem.ADMIN_KEY + "\n");
        Path file = Files.write(workDir.resolve("readme-examples.sh"), script, StandardCharsets.UTF_8);

        Result result = run(List.of("bash", file.toString()), workDir, 600);

        assertThat(result.exit).as("the examples stopped (exit %d):%n%s", result.exit, result.output).isZero();
        List<String> calls = new ArrayList<>();
        List<String> unannounced = new ArrayList<>();
        Matcher m = STATUS_LINE.matcher(result.output);
        while (m.find()) {
            int status = Integer.parseInt(m.group(1));
            int line = Integer.parseInt(m.group(2));
            calls.add(status + " " + m.group(3));
            if ((status < 200 || status > 299) && !announced(script, line, m.group(1))) {
                unannounced.add(status + " at script line " + line + ": " + m.group(3));
            }
        }
        assertThat(calls).as("curl calls made").hasSizeGreaterThan(40);
        assertThat(unannounced).as("answers the README does not announce; output:%n%s", result.output).isEmpty();
    }

    /** The runnable bash blocks in README order, ports moved to the running system, behind a curl that reports. */
    private static List<String> script() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "set -eo pipefail",
                "# every curl call reports its status and the script line it was made on, on stderr",
                "curl() { command curl -w '%{stderr}\\nREADME-CURL %{http_code} '\"${BASH_LINENO[0]}\"' %{method} %{url_effective}\\n' \"$@\"; }"));
        List<String> readme = Files.readAllLines(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        boolean inBlock = false;
        boolean skip = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (!inBlock && line.startsWith("```bash")) {
                inBlock = true;
                skip = i > 0 && readme.get(i - 1).startsWith("<!-- not run by ReadmeExamplesTest");
                lines.add("# README.md line " + (i + 1));
            } else if (inBlock && line.startsWith("```")) {
                inBlock = false;
            } else if (inBlock && !skip) {
                lines.add(withPorts(line));
            }
        }
        return lines;
    }

    private static String withPorts(String line) {
        String out = line;
        for (Map.Entry<String, String> e : PORTS.entrySet()) {
            out = out.replace("localhost:" + e.getValue(), "localhost:" + port(e.getKey()));
        }
        return out;
    }

    /** A status is announced when the command's lines or the comment lines just above it name it. */
    private static boolean announced(List<String> script, int line, String status) {
        int from = Math.max(0, line - 4);
        int to = Math.min(script.size(), line + 6);
        Pattern word = Pattern.compile("\\b" + status + "\\b");
        for (int i = from; i < to; i++) {
            String text = script.get(i);
            if (i >= line - 1 || text.stripLeading().startsWith("#")) {
                int hash = text.indexOf(" # ");
                String comment = text.stripLeading().startsWith("#") ? text : hash >= 0 ? text.substring(hash) : "";
                if (word.matcher(comment).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Path dir, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("INCLUSIONHUB_ADMIN_KEY", RunningSystem.ADMIN_KEY);
        pb.environment().put("PRACTICE_PORT", port("practice"));
        pb.environment().put("ASSESSMENT_PORT", port("assessment"));
        pb.environment().put("SURVEY_PORT", port("survey"));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static String port(String service) {
        return system.url(service, "").replaceAll(".*:(\\d+)$", "$1");
    }
}
