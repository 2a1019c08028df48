package org.inclusionhub.commons.health;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inclusionhub.commons.Throwables;

/**
 * Asks the Kafka broker for its cluster id in the background, with a bounded wait, so that health
 * answers from the last result at once whatever the broker does.
 */
@ApplicationScoped
public class BrokerProbe {

    /** The outcome of the latest probe. */
    public record Result(boolean reachable, String detail, Instant checkedAt) {
    }

    private final String bootstrapServers;
    private final Duration timeout;
    private volatile Result last = new Result(false, "not probed yet", Instant.now());
    private Admin admin;

    public BrokerProbe(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            HealthConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = config.brokerTimeout();
    }

    public Result last() {
        return last;
    }

    @Scheduled(every = "${inclusionhub.health.broker-probe-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        try {
            String clusterId = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            last = new Result(true, "cluster " + clusterId, Instant.now());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = Throwables.rootCause(e);
            last = new Result(false, "broker unreachable: " + cause.getClass().getSimpleName(), Instant.now());
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
