package org.inclusionhub.commons.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** A plain Kafka producer for tests: puts events on a topic as another service would. */
public final class TopicWriter {

    private TopicWriter() {
    }

    public static void send(String topic, String key, String value) {
        sendAll(topic, List.of(new java.util.AbstractMap.SimpleImmutableEntry<>(key, value)));
    }

    /**
     * Writes these (key, value) records with one producer, in order, and waits until all are acknowledged:
     * written close together, a consumer in batch mode is likely to receive them in few batches.
     */
    public static void sendAll(String topic, List<Map.Entry<String, String>> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.shared().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
            for (Map.Entry<String, String> r : records) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, r.getKey(), r.getValue());
                // the header the services' outbox sets, so consumers are tested with what they will receive
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write to topic " + topic, e);
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
