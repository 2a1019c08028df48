package org.inclusionhub.commons.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A blank database of a migration test's own: the tests' clean start migrates an empty database, so a test of a
 * backfill migrates this one to the version before, stores rows as that version knew them, then migrates on.
 * Migrations are the service's ({@code db/commons}, {@code db/migration}); every session, the test's and Flyway's,
 * first runs {@code sessionSql} (e.g. a far-away time zone, to show a backfill does not depend on it).
 */
public final class BackfillDatabase {

    private final String url;
    private final String role;
    private final String password;
    private final String sessionSql;

    private BackfillDatabase(String url, String role, String password, String sessionSql) {
        this.url = url;
        this.role = role;
        this.password = password;
        this.sessionSql = sessionSql;
    }

    /** Drops and creates {@code name} (with the suffix INCLUSIONHUB_TEST_DB_SUFFIX, as every test database). */
    public static BackfillDatabase recreated(String name, String role, String password, String sessionSql) {
        String database = name + System.getenv().getOrDefault("INCLUSIONHUB_TEST_DB_SUFFIX", "");
        TestDatabase.recreate(database, role, password);
        return new BackfillDatabase("jdbc:postgresql://" + TestDatabase.host() + "/" + database, role, password, sessionSql);
    }

    /** Migrates up to and including version {@code target}. */
    public void migrateTo(String target) {
        flyway().target(target).load().migrate();
    }

    /** Migrates to the latest version. */
    public void migrateOn() {
        flyway().load().migrate();
    }

    /** A connection as the service's role, its session prepared with {@code sessionSql}. */
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, role, password);
        try (var s = c.createStatement()) {
            s.execute(sessionSql);
        }
        return c;
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url, role, password).locations("classpath:db/commons", "classpath:db/migration")
                .outOfOrder(true).initSql(sessionSql);
    }
}
