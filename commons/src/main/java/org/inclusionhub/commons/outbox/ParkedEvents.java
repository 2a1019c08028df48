package org.inclusionhub.commons.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.NotFoundException;

/** What an admin does with parked outbox rows: list them, and re-drive one once its cause is fixed. */
@ApplicationScoped
public class ParkedEvents {

    /** A parked row without its payload; {@code sizeBytes} is the payload's length in characters. */
    public record ParkedEvent(@Schema(required = true) long id, UUID eventId, String topic, String aggregateId, String eventType, int sizeBytes,
            int attempts, String lastError, Instant createdAt, Instant parkedAt) {
        static ParkedEvent of(OutboxEvent e) {
            return new ParkedEvent(e.id, e.eventId, e.topic, e.aggregateId, e.eventType, e.payload.length(), e.attempts,
                    e.lastError, e.createdAt, e.parkedAt);
        }
    }

    private final OutboxRelay relay;

    public ParkedEvents(OutboxRelay relay) {
        this.relay = relay;
    }

    /** Parked rows with an id above {@code afterId}, oldest first, at most {@code limit}. */
    @Transactional
    public List<ParkedEvent> list(long afterId, int limit) {
        return OutboxEvent.parked(afterId, limit).stream().map(ParkedEvent::of).toList();
    }

    /**
     * Puts a parked row back in line and wakes the relay. If its cause is not fixed it is parked again.
     *
     * @throws DomainException 404 when there is no such row, 409 when it is not parked
     */
    public ParkedEvent redrive(long id) {
        ParkedEvent requeued = QuarkusTransaction.requiringNew().call(() -> requeue(id));
        relay.wake();
        return requeued;
    }

    private ParkedEvent requeue(long id) {
        OutboxEvent event = OutboxEvent.findById(id);
        if (event == null) {
            throw new NotFoundException("Outbox event", id);
        }
        if (!event.status.canBecome(OutboxStatus.PENDING)) {
            throw new ConflictException("outbox event " + id + " is " + event.status.name().toLowerCase() + ", not parked");
        }
        event.redrive();
        return ParkedEvent.of(event);
    }
}
