package org.inclusionhub.commons.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure a service's test database and its role exist on the local PostgreSQL, so that
 * {@code ./mvnw verify} needs nothing but a running server (trust authentication for the superuser,
 * as on these machines; otherwise set PG_SUPERUSER / PG_SUPERUSER_PASSWORD).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String host() {
        return env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432");
    }

    public static void ensure(String database, String role, String password) {
        String url = "jdbc:postgresql://" + host() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, env("PG_SUPERUSER", "postgres"), env("PG_SUPERUSER_PASSWORD", ""))) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create role " + identifier(role) + " login password '" + password.replace("'", "''") + "'");
                }
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + identifier(database) + " owner " + identifier(role));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database " + database + " on " + host()
                    + " (is PostgreSQL running? infra/postgres.sh starts it): " + e.getMessage(), e);
        }
    }

    /** Drops (if there) and creates a database, for tests that start services on a blank one. */
    public static void recreate(String database, String role, String password) {
        ensure(database, role, password);
        String url = "jdbc:postgresql://" + host() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, env("PG_SUPERUSER", "postgres"), env("PG_SUPERUSER_PASSWORD", ""));
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + identifier(database) + " with (force)");
            s.execute("create database " + identifier(database) + " owner " + identifier(role));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate test database " + database + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
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
