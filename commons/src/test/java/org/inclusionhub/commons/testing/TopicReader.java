package org.inclusionhub.commons.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A plain Kafka consumer for tests: reads a topic from the beginning until a record matches. */
public final class TopicReader {

    private TopicReader() {
    }

    public static ConsumerRecord<String, String> awaitRecord(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> matches) {
        List<ConsumerRecord<String, String>> found = awaitRecords(topic, timeout, 1, matches);
        if (found.isEmpty()) {
            throw new AssertionError("no matching record on topic " + topic + " within " + timeout);
        }
        return found.get(0);
    }

    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, Duration timeout, int wanted,
            Predicate<ConsumerRecord<String, String>> matches) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.shared().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < wanted && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (matches.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
