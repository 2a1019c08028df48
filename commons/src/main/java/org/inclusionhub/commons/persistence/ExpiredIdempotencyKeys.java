package org.inclusionhub.commons.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Forgets idempotency keys older than {@code inclusionhub.idempotency.retention} (30 days), every hour, in the
 * tables {@code inclusionhub.idempotency.tables} names, so that the tables do not grow with every keyed request
 * ever made (the IETF draft "The Idempotency-Key HTTP Header Field", section 2.3, lets keys expire).
 */
@ApplicationScoped
public class ExpiredIdempotencyKeys {

    private final EntityManager em;
    private final Duration retention;
    private final List<String> tables;

    public ExpiredIdempotencyKeys(EntityManager em, IdempotencyConfig config) {
        this.em = em;
        this.retention = config.retention();
        this.tables = config.tables().orElse(List.of());
        tables.forEach(t -> {
            if (!t.matches("[a-z_]+")) {
                throw new IllegalArgumentException("inclusionhub.idempotency.tables: not a table name: " + t);
            }
        });
    }

    @Scheduled(every = "1h", delayed = "4m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeScheduled() {
        purgeBefore(Instant.now().minus(retention));
    }

    /** Deletes the keys first used before {@code cutoff}, each table in a transaction of its own. @return rows deleted */
    public int purgeBefore(Instant cutoff) {
        int deleted = 0;
        for (String table : tables) {
            deleted += QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from " + table
                    + " where created_at < :cutoff").setParameter("cutoff", cutoff).executeUpdate());
        }
        return deleted;
    }
}
