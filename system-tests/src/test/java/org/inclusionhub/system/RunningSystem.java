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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.inclusionhub.commons.testing.KafkaTestBroker;
import org.inclusionhub.commons.testing.TestDatabase;

/**
 * The three packaged services (target/quarkus-app) started as processes on free ports, each on a
 * blank database of its own on the local PostgreSQL, all on this JVM's real Kafka broker. With
 * {@code instances > 1}, each service runs that many times on its one database.
 */
final class RunningSystem implements AutoCloseable {

    static final String ADMIN_KEY = "system-test-admin-key";
    static final String PASSWORD = "inclusionhub";
    private static final List<String> SERVICES = List.of("practice", "assessment", "survey");

    private final Map<String, List<Integer>> ports = new HashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    RunningSystem() throws IOException {
        this(1);
    }

    RunningSystem(int instances) throws IOException {
        Path repo = Path.of(System.getProperty("repo.dir"));
        Path logs = repo.resolve("system-tests/target/system-logs");
        Files.createDirectories(logs);
        KafkaTestBroker broker = KafkaTestBroker.shared();
        for (String service : SERVICES) {
            List<Integer> servicePorts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                servicePorts.add(freePort());
            }
            ports.put(service, servicePorts);
        }
        for (String service : SERVICES) {
            TestDatabase.recreate(database(service), service, PASSWORD);
        }
        try {
            for (int instance = 0; instance < instances; instance++) {
                for (String service : SERVICES) {
                    processes.add(start(repo, logs, broker, service, instance));
                }
                // the first instance migrates the database alone; the others start on the migrated schema
                for (String service : SERVICES) {
                    awaitReady(service, instance);
                }
            }
        } catch (IOException | RuntimeException e) {
            close(); // a system that did not come up must not outlive the test that started it
            throw e;
        }
    }

    static String database(String service) {
        return service + "_system_test";
    }

    private Process start(Path repo, Path logs, KafkaTestBroker broker, String service, int instance) throws IOException {
        String database = database(service);
        Path jar = repo.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (the reactor build does)");
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dvertx.disableURIValidation=true", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(service + "-service" + (instance == 0 ? "" : "-" + (instance + 1)) + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("PORT", String.valueOf(ports.get(service).get(instance)));
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
        return pb.start();
    }

    String url(String service, String path) {
        return url(service, 0, path);
    }

    /** @param instance 0 for the first instance of the service */
    String url(String service, int instance, String path) {
        return "http://localhost:" + ports.get(service).get(instance) + path;
    }

    /** Sends a request (as admin unless a key is given) and returns status and body. */
    HttpResponse<String> call(String method, String service, String path, String key, String json) {
        return call(method, service, 0, path, key, json, Map.of());
    }

    /** As {@link #call(String, String, String, String, String)}, on one instance and with extra headers. */
    HttpResponse<String> call(String method, String service, int instance, String path, String key, String json,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(service, instance, path)))
                .header("Authorization", "Bearer " + (key == null ? ADMIN_KEY : key))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
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

    private void awaitReady(String service, int instance) {
        try {
            Awaitility.await(service + "-service ready").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet (ConnectException and the like)
                    .until(() -> http.send(HttpRequest.newBuilder(URI.create(url(service, instance, "/q/health/ready"))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(service + "-service not ready; see system-tests/target/system-logs", e);
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
