package org.inclusionhub.commons.testing;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The shared test broker's topics, read and written through SmallRye's {@link KafkaCompanion}: tests put
 * events on a topic as another service would, and read what a service's outbox wrote.
 */
public final class TestTopics {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static KafkaCompanion companion;

    private TestTopics() {
    }

    private static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(KafkaTestBroker.shared().bootstrapServers());
        }
        return companion;
    }

    public static void send(String topic, String key, String value) {
        sendAll(topic, List.of(new AbstractMap.SimpleImmutableEntry<>(key, value)));
    }

    /**
     * Writes these (key, value) records in order and waits until all are acknowledged: written close together,
     * a consumer in batch mode is likely to receive them in few batches. Each carries the content-type header
     * the services' outbox sets, so consumers are tested with what they will receive.
     */
    public static void sendAll(String topic, List<Map.Entry<String, String>> records) {
        List<ProducerRecord<String, String>> asRecords = records.stream().map(r -> {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, r.getKey(), r.getValue());
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            return record;
        }).toList();
        // sent without waiting for each acknowledgement (the companion's default concurrency), in call order
        companion().produceStrings().withProp(ProducerConfig.ACKS_CONFIG, "all")
                .fromRecords(asRecords).awaitCompletion(SEND_TIMEOUT);
    }

    /** The first record on the topic, read from the beginning, that matches; fails after the timeout. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> matches) {
        return awaitRecords(topic, timeout, 1, matches).get(0);
    }

    /**
     * Reads the topic from the beginning, in a consumer group of its own, until {@code wanted} records match;
     * fails (AssertionError) when fewer arrive within the timeout. May return more when they came together.
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, Duration timeout, int wanted,
            Predicate<ConsumerRecord<String, String>> matches) {
        try (ConsumerTask<String, String> task = companion().consumeStrings()
                .withGroupId("test-reader-" + UUID.randomUUID()).withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(Set.of(topic), records -> records.select().where(matches))) {
            task.awaitRecords(wanted, timeout);
            return List.copyOf(task.getRecords());
        }
    }

    /** A CloudEvents JSON document with the given type, subject and data (a JSON object text). */
    public static String cloudEvent(String eventId, String source, String type, String subject, String dataJson) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"time\":\"" + Instant.now() + "\",\"subject\":\"" + subject
                + "\",\"datacontenttype\":\"application/json\",\"schemaversion\":\"1\",\"data\":" + dataJson + "}";
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
