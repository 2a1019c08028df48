package org.inclusionhub.commons.outbox;

import org.inclusionhub.commons.events.EventsConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.events.EventSerializer;

/**
 * Records an event in the outbox. It must run inside the transaction that makes the change the
 * event reports, so that both commit or neither does.
 */
@ApplicationScoped
public class OutboxWriter {

    public static final String SCHEMA_VERSION = "1";

    private final EventSerializer serializer;
    private final ObjectMapper mapper;
    private final String source;

    public OutboxWriter(EventSerializer serializer, ObjectMapper mapper,
            EventsConfig config) {
        this.serializer = serializer;
        this.mapper = mapper;
        this.source = config.source();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String topic, String type, String aggregateId, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), aggregateId, "application/json", SCHEMA_VERSION,
                mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = topic;
        row.aggregateId = aggregateId;
        row.eventType = type;
        row.payload = serializer.write(event);
        row.createdAt = event.time();
        row.persist();
        return event;
    }
}
