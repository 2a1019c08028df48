package org.inclusionhub.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.events.EventSerializer;
import org.jboss.logging.Logger;

/**
 * The front door of every consumer: reads a record as a CloudEvent, skips what is unreadable or of a
 * type the consumer does not handle (consumers tolerate unknown types), and lets an event through
 * only on its first delivery to that consumer, recorded in the caller's transaction.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final EventSerializer serializer;
    private final ProcessedEvents processed;

    public IncomingEvents(EventSerializer serializer, ProcessedEvents processed) {
        this.serializer = serializer;
        this.processed = processed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CloudEvent> accept(String consumer, String payload, Set<String> types) {
        CloudEvent event;
        try {
            event = serializer.read(payload);
        } catch (IllegalArgumentException e) {
            LOG.warnf("%s skips an unreadable record: %s", consumer, e.getMessage());
            return Optional.empty();
        }
        if (event.id() == null || !types.contains(event.type()) || event.data() == null) {
            return Optional.empty();
        }
        return processed.markFirstDelivery(consumer, event.id()) ? Optional.of(event) : Optional.empty();
    }

    /**
     * The batch form of {@link #accept}: the readable events of the handled types that this consumer has not
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
        return accepted;
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        return serializer.dataAs(event, type);
    }
}
