package org.inclusionhub.commons.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.events.EventSerializer;
import org.jboss.logging.Logger;

/**
 * The front door of every consumer: reads a batch of records as CloudEvents, skips what is unreadable or of
 * a type the consumer does not handle (consumers tolerate unknown types), and lets an event through only on
 * its first delivery to that consumer, recorded in the caller's transaction.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final EventSerializer serializer;
    private final ProcessedEvents processed;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lagMillis = new ConcurrentHashMap<>();

    public IncomingEvents(EventSerializer serializer, ProcessedEvents processed, MeterRegistry registry) {
        this.serializer = serializer;
        this.processed = processed;
        this.registry = registry;
    }

    /**
     * The readable events of the handled types that this consumer has not
     * processed before, in the order received, each once (a duplicate inside the batch is dropped too).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CloudEvent> acceptAll(String consumer, List<String> payloads, Set<String> types) {
        Map<String, CloudEvent> candidates = new LinkedHashMap<>();
        for (String payload : payloads) {
            try {
                CloudEvent event = serializer.read(payload);
                if (event.id() != null && types.contains(event.type()) && event.data() != null) {
                    candidates.putIfAbsent(event.id(), event);
                }
            } catch (IllegalArgumentException e) {
                LOG.warnf("%s skips an unreadable record: %s", consumer, e.getMessage());
            }
        }
        Set<String> fresh = processed.markFirstDeliveries(consumer, candidates.keySet());
        List<CloudEvent> accepted = new ArrayList<>(fresh.size());
        candidates.forEach((id, event) -> {
            if (fresh.contains(id)) {
                accepted.add(event);
            }
        });
        recordLag(consumer, accepted);
        return accepted;
    }

    /**
     * Gauge {@code projection_lag_seconds{consumer}}: how old the oldest event of the consumer's latest batch
     * was when the batch was applied (event time to now); it stays at that value until the next batch.
     */
    private void recordLag(String consumer, List<CloudEvent> accepted) {
        Instant oldest = accepted.stream().map(CloudEvent::time).filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        if (oldest == null) {
            return;
        }
        AtomicLong lag = lagMillis.computeIfAbsent(consumer, c -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("projection.lag", value, v -> v.get() / 1000.0).baseUnit("seconds").tag("consumer", c)
                    .description("Age of the oldest event in the consumer's latest batch when it was applied").register(registry);
            return value;
        });
        lag.set(Math.max(0, Duration.between(oldest, Instant.now()).toMillis()));
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        return serializer.dataAs(event, type);
    }
}
