package org.inclusionhub.commons.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.inclusionhub.commons.SqlValues;

/**
 * The change log of the statistics projections. A projection records a change in the same transaction
 * as its update, so a stream never announces a change that did not commit.
 * <p>
 * Readers see a row only once every transaction older than the row's own has ended ({@code tx} below
 * the {@code xmin} of {@code pg_current_snapshot()}) and walk the log by {@link ChangePosition}. So a row
 * that commits late can never have a position behind one a reader already passed, with any number of
 * writers and instances. The price: a long transaction anywhere in the cluster delays the feed until
 * it ends. Rows older than the retention are purged; the stream's purge horizon is kept.
 */
@ApplicationScoped
public class StatisticsChanges {

    /** One recorded change: its position (the SSE event id), which stream, which subject. */
    public record Change(ChangePosition position, String stream, String subject, Instant changedAt) {
    }

    private static final String VISIBLE = "tx < pg_snapshot_xmin(pg_current_snapshot())";

    private final EntityManager em;
    private final Duration retention;

    public StatisticsChanges(EntityManager em,
            LiveConfig config) {
        this.em = em;
        this.retention = config.retention();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String stream, String subject) {
        em.createNativeQuery("insert into statistics_change (stream, subject, changed_at) values (:s, :subject, now())")
                .setParameter("s", stream).setParameter("subject", subject).executeUpdate();
    }

    /** One row per subject, for a consumer that folded a batch of events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String stream, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into statistics_change (stream, subject, changed_at)
                select :s, subject, now() from unnest(cast(:subjects as text[])) subject""")
                .setParameter("s", stream).setParameter("subjects", subjects.toArray(String[]::new)).executeUpdate();
    }

    /** Visible changes of a stream after {@code after}, in position order, at most {@code limit}. */
    @Transactional
    public List<Change> after(String stream, ChangePosition after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(cast(tx as text) as bigint), seq, subject, changed_at from statistics_change
                where stream = :s and (tx, seq) > (cast(cast(:tx as text) as xid8), :seq) and %s
                order by tx, seq limit :limit""".formatted(VISIBLE))
                .setParameter("s", stream).setParameter("tx", after.tx()).setParameter("seq", after.seq())
                .setParameter("limit", limit).getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            changes.add(new Change(new ChangePosition(((Number) r[0]).longValue(), ((Number) r[1]).longValue()), stream,
                    (String) r[2], SqlValues.instant(r[3])));
        }
        return changes;
    }

    /** The position of the newest visible change of a stream (or its purge horizon, or the start). */
    @Transactional
    public ChangePosition head(String stream) {
        List<?> rows = em.createNativeQuery("""
                select cast(cast(tx as text) as bigint), seq from statistics_change where stream = :s and %s
                order by tx desc, seq desc limit 1""".formatted(VISIBLE)).setParameter("s", stream).getResultList();
        return rows.isEmpty() ? horizon(stream) : position((Object[]) rows.get(0));
    }

    /** The newest position purged from a stream's log; a client resuming before it has missed changes. */
    @Transactional
    public ChangePosition horizon(String stream) {
        List<?> rows = em.createNativeQuery("select cast(cast(tx as text) as bigint), seq from statistics_change_horizon where stream = :s")
                .setParameter("s", stream).getResultList();
        return rows.isEmpty() ? ChangePosition.START : position((Object[]) rows.get(0));
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeScheduled() {
        QuarkusTransaction.requiringNew().run(() -> purgeBefore(Instant.now().minus(retention)));
    }

    /** Deletes changes recorded before {@code cutoff} and moves each stream's horizon past them. @return rows deleted */
    @Transactional(Transactional.TxType.MANDATORY)
    public long purgeBefore(Instant cutoff) {
        Number deleted = (Number) em.createNativeQuery("""
                with gone as (delete from statistics_change where changed_at < :cutoff returning stream, tx, seq),
                newest as (select distinct on (stream) stream, tx, seq from gone order by stream, tx desc, seq desc),
                moved as (insert into statistics_change_horizon (stream, tx, seq) select stream, tx, seq from newest
                          on conflict (stream) do update set tx = excluded.tx, seq = excluded.seq
                          where (statistics_change_horizon.tx, statistics_change_horizon.seq) < (excluded.tx, excluded.seq))
                select count(*) from gone""").setParameter("cutoff", cutoff).getSingleResult();
        return deleted.longValue();
    }

    private static ChangePosition position(Object[] row) {
        return new ChangePosition(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
