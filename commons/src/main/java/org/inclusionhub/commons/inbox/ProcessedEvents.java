package org.inclusionhub.commons.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consumer side of exactly-once effects: a consumer records the event id in the same
 * transaction as the projection change, and skips the change when the id is already there.
 * <p>
 * Ids are kept for {@code inclusionhub.inbox.retention} (default 14 days), which must be longer than the
 * topics' retention (Kafka's default: 7 days): an event can only be redelivered while its topic still holds it.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;
    private final Duration retention;

    public ProcessedEvents(EntityManager em,
            InboxConfig config) {
        this.em = em;
        this.retention = config.retention();
    }

    /** @return true the first time this consumer sees the event, false on every redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markFirstDelivery(String consumer, String eventId) {
        return markFirstDeliveries(consumer, List.of(eventId)).contains(eventId);
    }

    /**
     * Records a batch of event ids in one statement.
     *
     * @return the ids this consumer had not seen before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> markFirstDeliveries(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> inserted = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at)
                select :consumer, id, now() from unnest(cast(:ids as text[])) id
                on conflict do nothing returning event_id""")
                .setParameter("consumer", consumer)
                .setParameter("ids", eventIds.toArray(String[]::new))
                .getResultList();
        return new HashSet<>(inserted);
    }

    @Scheduled(every = "1h", delayed = "3m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeScheduled() {
        QuarkusTransaction.requiringNew().run(() -> purgeBefore(Instant.now().minus(retention)));
    }

    /** Forgets the ids of every consumer recorded before {@code cutoff}. @return rows deleted */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeBefore(Instant cutoff) {
        return em.createNativeQuery("delete from processed_event where processed_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
