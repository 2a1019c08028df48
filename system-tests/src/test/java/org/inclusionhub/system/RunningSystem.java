package org.inclusionhub.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.inclusionhub.commons.testing.KafkaTestBroker;
import org.inclusionhub.commons.testing.TestDatabase;

/**
 * The three packaged services (target/quarkus-app) started as processes on free ports, each on a
 * blank database of its own on the local PostgreSQL, all on this JVM's real Kafka broker.
 */
final class RunningSystem implements AutoCloseable {

    static final String ADMIN_KEY = "system-test-admin-key";
    private static final String PASSWORD = "inclusionhub";
    private static final List<String> SERVICES = List.of("practice", "assessment", "survey");

    private final Map<String, Integer> ports = new HashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    RunningSystem() throws IOException {
        Path repo = Path.of(System.getProperty("repo.dir"));
        Path logs = repo.resolve("system-tests/target/system-logs");
        Files.createDirectories(logs);
        KafkaTestBroker broker = KafkaTestBroker.shared();
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        for (String service : SERVICES) {
            String database = service + "_system_test";
            TestDatabase.recreate(database, service, PASSWORD);
            Path jar = repo.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (the reactor build does)");
            }
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-Dvertx.disableURIValidation=true", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(logs.resolve(service + "-service.log").toFile());
            Map<String, String> env = pb.environment();
            env.put("PORT", String.valueOf(ports.get(service)));
            env.put("DB_HOST", TestDatabase.host().split(":")[0]);
            env.put("DB_PORT", TestDatabase.host().split(":")[1]);
            env.put("DB_NAME", database);
            env.put("DB_USER", service);
            env.put("DB_PASSWORD", PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            env.put("INCLUSIONHUB_ADMIN_KEY", ADMIN_KEY);
            env.put("LOG_JSON", "false");
            env.put("INCLUSIONHUB_DASHBOARDS_PRACTICES_URL", url("practice", "/dashboard/"));
            env.put("INCLUSIONHUB_DASHBOARDS_ASSESSMENTS_URL", url("assessment", "/dashboard/"));
            env.put("INCLUSIONHUB_DASHBOARDS_SURVEYS_URL", url("survey", "/dashboard/"));
            processes.add(pb.start());
        }
        for (String service : SERVICES) {
            awaitReady(service);
        }
    }

    String url(String service, String path) {
        return "http://localhost:" + ports.get(service) + path;
    }

    /** Sends a request (as admin unless a key is given) and returns status and body. */
    HttpResponse<String> call(String method, String service, String path, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(service, path)))
                .header("Authorization", "Bearer " + (key == null ? ADMIN_KEY : key))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(String service) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(service, "/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(service + "-service not ready; see system-tests/target/system-logs");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
