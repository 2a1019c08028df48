package org.inclusionhub.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of the transactional outbox and its relay ({@code inclusionhub.outbox.*}, each overridable
 * by an environment variable such as {@code INCLUSIONHUB_OUTBOX_MAX_EVENT_BYTES}).
 * <p>
 * The event size limit lives here, in one place: it sets the producer's {@code max.request.size} and the
 * {@code max.message.bytes} of the topics the relay creates. A row above it is parked, never retried.
 */
@ConfigMapping(prefix = "inclusionhub.outbox")
public interface OutboxConfig {

    /** Rows read and sent per relay round. */
    @WithDefault("200")
    int batchSize();

    /** The fallback poll; commits wake the relay at once through PostgreSQL LISTEN/NOTIFY. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long one send may wait for Kafka's acknowledgement before it counts as a retriable failure. */
    @WithDefault("10s")
    Duration sendTimeout();

    @WithDefault("1s")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** How long sent rows are kept for inspection before they are purged. */
    @WithDefault("168h")
    Duration retention();

    /** The largest event, in bytes of serialised record, that the relay sends (Kafka's default is 1 MiB). */
    @WithDefault("1048576")
    int maxEventBytes();

    /** Producer compression: none, gzip, snappy, lz4 or zstd. */
    @WithDefault("lz4")
    String compression();

    /** Partitions of a topic the relay creates (existing topics are left as they are). */
    @WithDefault("3")
    int topicPartitions();

    /**
     * Topics the relay creates (or finds) with {@code cleanup.policy=compact}: Kafka keeps the latest event of
     * every key there instead of deleting events after the retention, for topics a new consumer must read whole.
     */
    Optional<Set<String>> compactedTopics();

    /** The pipeline health check reports DOWN when the oldest pending row is older than this. */
    @WithDefault("5m")
    Duration maxPendingAge();
}
