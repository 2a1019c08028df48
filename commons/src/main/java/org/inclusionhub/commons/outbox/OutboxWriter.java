package org.inclusionhub.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.events.EventsConfig;

/**
 * Records an event in the outbox. It must run inside the transaction that makes the change the
 * event reports, so that both commit or neither does.
 * <p>
 * Every write of every service passes here, so it costs one plain insert: the envelope is serialised
 * once, straight from the payload record, and the row is not kept as a managed entity (the relay reads
 * rows as {@link OutboxEvent}s).
 */
@ApplicationScoped
public class OutboxWriter {

    public static final String SCHEMA_VERSION = "1";

    /** The {@link CloudEvent} envelope as written: the same members, with {@code data} the payload record itself. */
    record Envelope(String specversion, String id, String source, String type, Instant time, String subject,
            String datacontenttype, String schemaversion, Object data) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final String source;

    public OutboxWriter(EntityManager em, ObjectMapper mapper, EventsConfig config) {
        this.em = em;
        this.mapper = mapper;
        this.source = config.source();
    }

    /**
     * Appends one CloudEvent with {@code data} as its payload, pending for the relay.
     *
     * @return the event's id (the CloudEvents {@code id}, a UUID)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String append(String topic, String type, String aggregateId, Object data) {
        UUID eventId = UUID.randomUUID();
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Envelope event = new Envelope(CloudEvent.SPEC_VERSION, eventId.toString(), source, type, time, aggregateId,
                "application/json", SCHEMA_VERSION, data);
        em.createNativeQuery("""
                insert into outbox_event (event_id, topic, aggregate_id, event_type, payload, created_at)
                values (:eventId, :topic, :aggregateId, :type, :payload, :createdAt)""")
                .setParameter("eventId", eventId).setParameter("topic", topic).setParameter("aggregateId", aggregateId)
                .setParameter("type", type).setParameter("payload", json(event)).setParameter("createdAt", time)
                .executeUpdate();
        return event.id();
    }

    private String json(Envelope event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id() + " of type " + event.type(), e);
        }
    }
}
