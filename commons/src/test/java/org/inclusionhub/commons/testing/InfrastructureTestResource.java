package org.inclusionhub.commons.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service under test at real infrastructure: its own test database on the local
 * PostgreSQL (init arg {@code database}, role {@code role}) and this JVM's own Kafka broker.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String PASSWORD = "inclusionhub";
    private String database;
    private String role;

    @Override
    public void init(Map<String, String> initArgs) {
        // INCLUSIONHUB_TEST_DB_SUFFIX keeps two checkouts testing at once on one server apart
        String suffix = System.getenv().getOrDefault("INCLUSIONHUB_TEST_DB_SUFFIX", "");
        database = initArgs.getOrDefault("database", "inclusionhub_test") + suffix;
        role = initArgs.getOrDefault("role", "inclusionhub");
    }

    @Override
    public Map<String, String> start() {
        TestDatabase.ensure(database, role, PASSWORD);
        KafkaTestBroker broker = KafkaTestBroker.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + TestDatabase.host() + "/" + database,
                "quarkus.datasource.username", role,
                "quarkus.datasource.password", PASSWORD,
                "kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives for the whole test JVM; the database is kept for inspection
    }
}
