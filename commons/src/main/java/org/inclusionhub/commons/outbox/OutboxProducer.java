package org.inclusionhub.commons.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inclusionhub.commons.Throwables;
import org.inclusionhub.commons.events.CloudEvent;

/**
 * The Kafka producer of the outbox relay: acks=all, idempotent, keyed by aggregate id, compressed, and
 * limited to {@link OutboxConfig#maxEventBytes()} per record.
 */
@ApplicationScoped
public class OutboxProducer {

    private final String bootstrapServers;
    private final OutboxConfig config;
    private final OutboxTopics topics;
    private volatile int maxEventBytes;
    private KafkaProducer<String, String> producer;

    public OutboxProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OutboxConfig config,
            OutboxTopics topics) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.topics = topics;
        this.maxEventBytes = config.maxEventBytes();
    }

    /**
     * Starts sending one row (creating its topic first if the broker lacks it).
     *
     * @throws RuntimeException when the producer refuses at once (for example the broker's metadata is unreachable)
     */
    Future<RecordMetadata> send(OutboxEvent event) {
        topics.ensure(event.topic, maxEventBytes);
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.aggregateId, event.payload);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", event.eventType.getBytes(StandardCharsets.UTF_8));
        return producer().send(record);
    }

    Duration sendTimeout() {
        return config.sendTimeout();
    }

    /**
     * A failure that no retry can cure for this record (too large, unserialisable, invalid topic): the
     * row is parked. Anything else (broker down, timeouts, leader changes) is retriable and keeps order.
     */
    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                    || t instanceof SerializationException || t instanceof InvalidTopicException
                    || t instanceof InvalidRecordException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        Throwable cause = Throwables.rootCause(failure);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /**
     * Changes the event size limit at run time (producer and the topics it sends to), for an operator
     * who re-drives parked rows after raising it; the configured value applies again after a restart.
     */
    public synchronized void changeMaxEventBytes(int bytes) {
        maxEventBytes = bytes;
        topics.forgetEnsured();
        close();
    }

    public int maxEventBytes() {
        return maxEventBytes;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            int timeout = (int) config.sendTimeout().toMillis();
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxEventBytes);
            props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, config.compression());
            props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout * 2);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
