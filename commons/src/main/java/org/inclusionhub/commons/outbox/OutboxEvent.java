package org.inclusionhub.commons.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event waiting to be (or already) published; written in the same transaction as the change it reports. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Longest error text kept on a row. */
    static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The whole CloudEvents envelope as JSON text, exactly as it will be sent. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(nullable = false)
    public OutboxStatus status = OutboxStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    void markSent(Instant at) {
        moveTo(OutboxStatus.SENT);
        attempts++;
        sentAt = at;
        lastError = null;
    }

    void park(String error, Instant at) {
        moveTo(OutboxStatus.PARKED);
        attempts++;
        parkedAt = at;
        lastError = truncate(error);
    }

    void failedRetriably(String error) {
        attempts++;
        lastError = truncate(error);
    }

    /** Puts a parked row back in line; it keeps its id, so it is sent before any newer pending row. */
    void redrive() {
        moveTo(OutboxStatus.PENDING);
        parkedAt = null;
    }

    private void moveTo(OutboxStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("outbox row " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    /**
     * The relay's query. The status is written into the SQL text, not bound: PostgreSQL switches a prepared
     * statement to a generic plan after five runs, and a generic plan for {@code status = $1} cannot use the
     * partial index {@code outbox_event_pending}, so every poll scanned all sent rows (233 ms at 30 000 rows).
     */
    public static final String OLDEST_PENDING_SQL = "select * from outbox_event where status = 'pending' order by id limit ?1";

    /** Parked rows after a keyset id, with the status in the SQL text for the same reason as {@link #OLDEST_PENDING_SQL}. */
    public static final String PARKED_AFTER_SQL =
            "select * from outbox_event where status = 'parked' and id > ?1 order by id limit ?2";

    @SuppressWarnings("unchecked")
    static List<OutboxEvent> oldestPending(int limit) {
        return getEntityManager().createNativeQuery(OLDEST_PENDING_SQL, OutboxEvent.class).setParameter(1, limit)
                .getResultList();
    }

    /** Parked rows after {@code afterId} (keyset), oldest first. */
    @SuppressWarnings("unchecked")
    static List<OutboxEvent> parked(long afterId, int limit) {
        return getEntityManager().createNativeQuery(PARKED_AFTER_SQL, OutboxEvent.class).setParameter(1, afterId)
                .setParameter(2, limit).getResultList();
    }
}
