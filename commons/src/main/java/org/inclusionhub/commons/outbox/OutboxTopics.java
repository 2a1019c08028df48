package org.inclusionhub.commons.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the topics the outbox sends to, with {@link OutboxConfig#topicPartitions()} partitions and a
 * {@code max.message.bytes} that fits the event size limit, compacted when {@link OutboxConfig#compactedTopics()}
 * names it; an existing topic gets these settings too. Done once per topic and limit, before the first send.
 */
@ApplicationScoped
public class OutboxTopics {

    /** Room for the record batch header around the largest event. */
    static final int BATCH_OVERHEAD_BYTES = 1024;

    private final String bootstrapServers;
    private final OutboxConfig config;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();
    private Admin admin;

    public OutboxTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OutboxConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    void ensure(String topic, int maxEventBytes) {
        if (ensured.contains(topic)) {
            return;
        }
        String maxMessageBytes = Integer.toString(maxEventBytes + BATCH_OVERHEAD_BYTES);
        long timeout = config.sendTimeout().toMillis();
        try {
            try {
                admin().createTopics(List.of(new NewTopic(topic, config.topicPartitions(), (short) 1)
                        .configs(settings(topic, maxMessageBytes))))
                        .all().get(timeout, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Collection<AlterConfigOp> ops = settings(topic, maxMessageBytes).entrySet().stream()
                        .map(s -> new AlterConfigOp(new ConfigEntry(s.getKey(), s.getValue()), AlterConfigOp.OpType.SET))
                        .toList();
                admin().incrementalAlterConfigs(Map.of(resource, ops)).all().get(timeout, TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("topic " + topic + " could not be prepared: " + OutboxProducer.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing topic " + topic, e);
        }
        ensured.add(topic);
    }

    /** The topic settings the relay holds a topic to: the size limit, and compaction where configured. */
    private Map<String, String> settings(String topic, String maxMessageBytes) {
        return config.compactedTopics().orElse(Set.of()).contains(topic)
                ? Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes,
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                : Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes);
    }

    void forgetEnsured() {
        ensured.clear();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
