package org.inclusionhub.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.inclusionhub.commons.SqlValues;

/** Reads how far behind the outbox is: pending and parked rows, and the age of the oldest pending one. */
@ApplicationScoped
public class OutboxBacklog {

    /** @param oldestPendingAge zero when nothing is pending */
    public record Snapshot(long pending, long parked, Duration oldestPendingAge) {
        static final Snapshot EMPTY = new Snapshot(0, 0, Duration.ZERO);
    }

    private final EntityManager em;

    public OutboxBacklog(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot read() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(*) from outbox_event where status = 'pending'),
                       (select count(*) from outbox_event where status = 'parked'),
                       (select created_at from outbox_event where status = 'pending' order by id limit 1),
                       now()""").getSingleResult();
        Instant oldest = row[2] == null ? null : SqlValues.instant(row[2]);
        Instant now = SqlValues.instant(row[3]);
        Duration age = oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now);
        return new Snapshot(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), age);
    }
}
