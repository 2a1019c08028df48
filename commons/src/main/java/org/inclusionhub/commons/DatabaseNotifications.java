package org.inclusionhub.commons;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL LISTEN on one dedicated connection: a commit that fired {@code NOTIFY channel} (the
 * migrations' triggers do, on {@code outbox_event} and {@code statistics_change}) runs the listeners of that
 * channel, in every instance of the service. Listeners must return quickly. If the connection drops it
 * is opened again; in between the callers' own polls cover, so a lost notification only costs latency.
 */
@ApplicationScoped
public class DatabaseNotifications {

    private static final Logger LOG = Logger.getLogger(DatabaseNotifications.class);
    private static final int WAIT_MILLIS = 500;

    private final String url;
    private final String user;
    private final String password;
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private Thread thread;

    public DatabaseNotifications(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Registers a listener; the first one starts the listening thread. */
    public synchronized void listen(String channel, Runnable listener) {
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        if (thread == null && !stopped) {
            thread = new Thread(this::run, "pg-notifications");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        while (!stopped) {
            try (Connection connection = open()) {
                java.util.Set<String> listening = new java.util.HashSet<>();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    listenToNewChannels(connection, listening);
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        dispatch(received);
                    }
                }
            } catch (SQLException e) {
                if (!stopped) {
                    LOG.debugf("LISTEN connection lost (%s); opening it again in 1 s", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void listenToNewChannels(Connection connection, java.util.Set<String> listening) throws SQLException {
        for (String channel : listeners.keySet()) {
            if (listening.add(channel)) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
            }
        }
    }

    private void dispatch(PGNotification[] received) {
        java.util.Set<String> channels = new java.util.HashSet<>();
        for (PGNotification n : received) {
            channels.add(n.getName());
        }
        for (String channel : channels) {
            for (Runnable listener : listeners.getOrDefault(channel, List.of())) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "listener of %s failed", channel);
                }
            }
        }
    }

    private Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", "inclusionhub-listen");
        return DriverManager.getConnection(url, props);
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
