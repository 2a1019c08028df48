package org.inclusionhub.commons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * A real Apache Kafka broker (KRaft, single node) in its own JVM, started from the jars that the
 * {@code infra/kafka} module copies (system property {@code kafka.lib.dir}). One per test JVM, on
 * free ports; tests may stop and restart it on the same ports and data to simulate an outage.
 */
public final class KafkaTestBroker {

    private static KafkaTestBroker instance;

    private final Path libDir;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaTestBroker(Path libDir, Path dataDir, int port, int controllerPort) {
        this.libDir = libDir;
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** The broker of this test JVM, started on first use. */
    public static synchronized KafkaTestBroker shared() {
        if (instance == null) {
            String lib = System.getProperty("kafka.lib.dir");
            if (lib == null || !Files.isDirectory(Path.of(lib))) {
                throw new IllegalStateException("kafka.lib.dir (" + lib + ") has no broker jars; build infra/kafka first: "
                        + "./mvnw -pl infra/kafka generate-resources (the reactor build does it)");
            }
            try {
                Path data = Files.createTempDirectory("kafka-test-");
                instance = new KafkaTestBroker(Path.of(lib), data, freePort(), freePort());
                instance.format();
                instance.start();
                KafkaTestBroker started = instance;
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(java(), "-Xmx384m", "-cp", libDir + "/*", "kafka.Kafka", config().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("broker.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process started = process;
        try {
            Awaitility.await("test Kafka broker on port " + port).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .failFast("the broker exited", () -> !started.isAlive())
                    .until(this::acceptsConnections);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException("test Kafka broker did not start (" + e.getMessage() + "); see "
                    + dataDir.resolve("broker.log"), e);
        }
    }

    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void format() throws IOException {
        Path config = writeConfig();
        run(List.of(java(), "-cp", libDir + "/*", "kafka.tools.StorageTool", "format",
                "-t", "InclusionHubTestKafka0", "-c", config.toString()));
    }

    private Path config() {
        return dataDir.resolve("server.properties");
    }

    private Path writeConfig() throws IOException {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("logs"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
        return Files.writeString(config(), properties);
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("format.log").toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("formatting the test broker's storage failed; see " + dataDir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
