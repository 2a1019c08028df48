package org.inclusionhub.commons.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.inclusionhub.commons.SqlValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The change log of the statistics projections. A projection records a change in the same
 * transaction as its update, so a stream never announces a change that did not commit, and a
 * client that reconnects with {@code Last-Event-ID} misses nothing that is still in the log.
 */
@ApplicationScoped
public class StatisticsChanges {

    /** One recorded change: its sequence number (the SSE event id), which stream, which subject. */
    public record Change(long seq, String stream, String subject, Instant changedAt) {
    }

    private final EntityManager em;

    public StatisticsChanges(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String stream, String subject) {
        em.createNativeQuery("insert into statistics_change (stream, subject, changed_at) values (:s, :subject, now())")
                .setParameter("s", stream).setParameter("subject", subject).executeUpdate();
    }

    /** Changes of a stream after {@code afterSeq}, oldest first, at most {@code limit}. */
    @Transactional
    public List<Change> after(String stream, long afterSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select seq, stream, subject, changed_at from statistics_change
                where stream = :s and seq > :after order by seq limit :limit""")
                .setParameter("s", stream).setParameter("after", afterSeq).setParameter("limit", limit).getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            changes.add(new Change(((Number) r[0]).longValue(), (String) r[1], (String) r[2], SqlValues.instant(r[3])));
        }
        return changes;
    }

    /** The newest sequence number of a stream (0 if none): where a new client starts. */
    @Transactional
    public long latest(String stream) {
        Object max = em.createNativeQuery("select coalesce(max(seq), 0) from statistics_change where stream = :s")
                .setParameter("s", stream).getSingleResult();
        return ((Number) max).longValue();
    }
}
