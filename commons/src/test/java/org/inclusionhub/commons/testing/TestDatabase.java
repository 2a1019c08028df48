package org.inclusionhub.commons.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure a service's test database and its role exist on the local PostgreSQL. Roles and databases
 * are created as the superuser: over TCP when the server trusts it (as on these machines; or set
 * PG_SUPERUSER / PG_SUPERUSER_PASSWORD), otherwise as the {@code postgres} OS user through the socket
 * ({@code runuser -u postgres -- psql}), which is how a stock Debian server (peer on the socket, scram on
 * TCP) lets root in. The services then connect as their own roles with passwords over TCP.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String host() {
        return env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432");
    }

    public static void ensure(String database, String role, String password) {
        identifier(database);
        identifier(role);
        String literal = "'" + password.replace("'", "''") + "'";
        superuser("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
                + role + " LOGIN PASSWORD " + literal + "; END IF; END $$");
        if (!superuserAnswers("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            superuser("CREATE DATABASE " + database + " OWNER " + role);
        }
        createExtensions(database);
    }

    /** The extensions practice search needs (unaccent, pg_trgm, fuzzystrmatch), created as the superuser as infra/postgres.sh does. */
    private static void createExtensions(String database) {
        run(database, "CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm; "
                + "CREATE EXTENSION IF NOT EXISTS fuzzystrmatch", false);
    }

    /** Drops (if there) and creates a database, for tests that start services on a blank one. */
    public static void recreate(String database, String role, String password) {
        ensure(database, role, password);
        superuser("DROP DATABASE IF EXISTS " + identifier(database) + " WITH (FORCE)");
        superuser("CREATE DATABASE " + database + " OWNER " + identifier(role));
        createExtensions(database);
    }

    private static void superuser(String sql) {
        run("postgres", sql, false);
    }

    private static boolean superuserAnswers(String sql) {
        return run("postgres", sql, true);
    }

    /** Runs one statement as the superuser in {@code database}; @return whether a query returned a row */
    private static boolean run(String database, String sql, boolean query) {
        String url = "jdbc:postgresql://" + host() + "/" + database;
        try (Connection c = DriverManager.getConnection(url, env("PG_SUPERUSER", "postgres"), env("PG_SUPERUSER_PASSWORD", ""));
                Statement s = c.createStatement()) {
            if (query) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    return rs.next();
                }
            }
            s.execute(sql);
            return false;
        } catch (SQLException tcpRefused) {
            return throughSocket(database, sql, tcpRefused);
        }
    }

    private static boolean throughSocket(String database, String sql, SQLException tcpRefused) {
        try {
            Process p = new ProcessBuilder("runuser", "-u", "postgres", "--", "psql", "-p", env("PGPORT", "5432"),
                    "-d", database, "-v", "ON_ERROR_STOP=1", "-qAtc", sql).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("psql as the postgres OS user failed: " + out);
            }
            return !out.isEmpty();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("cannot prepare test databases on " + host() + ": the superuser was refused over TCP ("
                    + tcpRefused.getMessage() + ") and through the socket (" + e.getMessage()
                    + "). Is PostgreSQL running? infra/postgres.sh installs and starts it.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe identifier " + name);
        }
        return name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
