package org.inclusionhub.assessment.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.inclusionhub.commons.JsonColumns;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.statistics.StatisticDeltas;
import org.inclusionhub.commons.statistics.StatisticKey;
import org.inclusionhub.commons.statistics.StatisticTable;

/**
 * The queries of the score statistics projection; each reads or writes a whole batch in one statement.
 * Tables: {@code score_stat} (n and total per framework version, segment and metric),
 * {@code score_timeline} (submitted assessments per framework version and calendar month, UTC) and
 * {@code score_contribution} (what each submitted assessment added and when it was submitted, so a withdrawal
 * removes exactly that, and a range of submission dates can be summed at read time).
 */
@ApplicationScoped
public class ScoreStatisticsStore {

    private static final StatisticTable TABLE = new StatisticTable("score_stat", "framework");

    private static final TypeReference<Map<String, Amount>> METRICS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> SEGMENTS = new TypeReference<>() {
    };

    /**
     * What a submitted assessment added: to each of its {@code segments} ('all', 'country:XX', 'theme:T') of
     * {@code framework} ('code@version'), the {@code metrics} (by {@link ScoreMetric}); and to the month of
     * {@code submittedAt} (null only for a contribution recorded before submission times were kept, with no
     * assessment row left to take it from), one assessment.
     */
    public record Contribution(String framework, List<String> segments, Map<String, Amount> metrics, Instant submittedAt) {

        /** Every key it adds to: each segment times each metric. */
        public Map<StatisticKey, Amount> keys() {
            Map<StatisticKey, Amount> keys = new HashMap<>();
            segments.forEach(segment -> metrics.forEach((metric, amount) -> keys.put(new StatisticKey(segment, metric), amount)));
            return keys;
        }
    }

    private final EntityManager em;
    private final JsonColumns json;

    public ScoreStatisticsStore(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** The recorded contributions of these assessments (absent: not counted now). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Contribution> contributions(Collection<UUID> assessmentIds) {
        Map<UUID, Contribution> found = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(assessment_id as text), framework, cast(segments as text), cast(metrics as text), submitted_at
                from score_contribution where assessment_id = any(cast(:ids as uuid[]))""")
                .setParameter("ids", ids(assessmentIds)).getResultList();
        for (Object[] r : rows) {
            found.put(UUID.fromString((String) r[0]), new Contribution((String) r[1], json.read((String) r[2], SEGMENTS, "stored statistics contribution"),
                    json.read((String) r[3], METRICS, "stored statistics contribution"), instant(r[4])));
        }
        return found;
    }

    /**
     * The segments beyond 'all' that the practice replica gives each of these practices now: its country
     * ('country:XX') and its themes ('theme:T'). A practice the replica does not know is absent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, List<String>> practiceSegments(Collection<UUID> practiceIds) {
        Map<UUID, List<String>> found = new HashMap<>();
        if (practiceIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(id as text), cast(country as text), cast(themes as text) from practice_replica
                where id = any(cast(:ids as uuid[]))""")
                .setParameter("ids", ids(practiceIds)).getResultList();
        for (Object[] r : rows) {
            List<String> segments = new ArrayList<>();
            if (r[1] != null) {
                segments.add(ScoreMetric.countrySegment(r[1].toString()));
            }
            List<String> themes = json.read((String) r[2], SEGMENTS, "stored statistics contribution");
            if (themes != null) {
                themes.forEach(t -> segments.add(ScoreMetric.themeSegment(t)));
            }
            found.put(UUID.fromString((String) r[0]), segments);
        }
        return found;
    }

    /** Adds the batch's deltas to {@code score_stat} in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addDeltas(StatisticDeltas deltas) {
        TABLE.add(em, json, deltas);
    }

    /** The figures of one framework version ('code@version') and segment, by metric. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Amount> figures(String framework, String segment) {
        return TABLE.read(em, framework, segment);
    }

    /** Records the contributions of newly counted assessments (an assessment already recorded keeps its row). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveContributions(Map<UUID, Contribution> added) {
        if (added.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(added.size());
        added.forEach((id, c) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("assessment_id", id.toString());
            row.put("framework", c.framework());
            row.put("segments", c.segments());
            row.put("metrics", c.metrics());
            row.put("submitted_at", c.submittedAt() == null ? null : c.submittedAt().toString());
            rows.add(row);
        });
        em.createNativeQuery("""
                insert into score_contribution (assessment_id, framework, segments, metrics, submitted_at)
                select d.assessment_id, d.framework, d.segments, d.metrics, d.submitted_at
                from jsonb_to_recordset(cast(:rows as jsonb))
                  as d(assessment_id uuid, framework text, segments jsonb, metrics jsonb, submitted_at timestamptz)
                on conflict (assessment_id) do nothing""")
                .setParameter("rows", json.write(rows)).executeUpdate();
    }

    /** Forgets the contributions of withdrawn assessments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteContributions(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from score_contribution where assessment_id = any(cast(:ids as uuid[]))")
                .setParameter("ids", ids(assessmentIds)).executeUpdate();
    }

    /** The calendar month (UTC) of an instant, as its first day: the period of {@code score_timeline}. */
    public static LocalDate month(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
    }

    /**
     * Adds the batch's changes to {@code score_timeline} in one statement: per framework version
     * ('code@version'), per month ({@link #month}), the change in submitted assessments; zero changes are skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addTimeline(Map<String, Map<LocalDate, Long>> changes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        // sorted (framework, then month) so that concurrent batches lock rows in the same order
        new TreeMap<>(changes).forEach((framework, months) -> new TreeMap<>(months).forEach((period, n) -> {
            if (n != 0) {
                rows.add(Map.of("framework", framework, "period", period.toString(), "n", n));
            }
        }));
        if (rows.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into score_timeline (framework, period, n)
                select d.framework, d.period, d.n
                from jsonb_to_recordset(cast(:rows as jsonb)) as d(framework text, period date, n bigint)
                on conflict (framework, period) do update set n = score_timeline.n + excluded.n""")
                .setParameter("rows", json.write(rows)).executeUpdate();
    }

    /** The months of one framework version ('code@version') with submitted assessments, by month, ascending. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, Long> timeline(String framework) {
        List<?> rows = em.createNativeQuery("""
                select to_char(period, 'YYYY-MM-DD'), n from score_timeline where framework = :framework and n <> 0
                order by period""").setParameter("framework", framework).getResultList();
        return months(rows);
    }

    /**
     * The figures of one framework version and segment over the assessments submitted in {@code range}, by
     * metric: the recorded contributions summed at read time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Amount> figures(String framework, String segment, SubmissionRange range) {
        List<?> rows = selection("""
                select m.key, sum(cast(m.value ->> 'n' as bigint)), sum(cast(m.value ->> 'total' as numeric))
                from score_contribution c cross join lateral jsonb_each(c.metrics) as m
                where %s
                group by m.key""", framework, segment, range).getResultList();
        Map<String, Amount> figures = new HashMap<>();
        StatisticTable.byMetric(rows).forEach((metric, amount) -> {
            if (amount.n() != 0) {
                figures.put(metric, amount);
            }
        });
        return figures;
    }

    /**
     * The months (UTC) with assessments of one framework version and segment submitted in {@code range}, by
     * month, ascending: the recorded contributions counted at read time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, Long> timeline(String framework, String segment, SubmissionRange range) {
        List<?> rows = selection("""
                select to_char(date_trunc('month', c.submitted_at at time zone 'UTC'), 'YYYY-MM-DD'), count(*)
                from score_contribution c
                where %s and c.submitted_at is not null
                group by 1 order by 1""", framework, segment, range).getResultList();
        return months(rows);
    }

    /** {@code sql} with its where clause: the framework version, the segment and the bounds the range has. */
    private Query selection(String sql, String framework, String segment, SubmissionRange range) {
        StringBuilder where = new StringBuilder("c.framework = :framework and jsonb_exists(c.segments, :segment)");
        if (range.from() != null) {
            where.append(" and c.submitted_at >= cast(:from as timestamp) at time zone 'UTC'");
        }
        if (range.to() != null) {
            where.append(" and c.submitted_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'UTC'");
        }
        Query query = em.createNativeQuery(sql.formatted(where))
                .setParameter("framework", framework).setParameter("segment", segment);
        if (range.from() != null) {
            query.setParameter("from", range.from().toString());
        }
        if (range.to() != null) {
            query.setParameter("to", range.to().toString());
        }
        return query;
    }

    private static Map<LocalDate, Long> months(List<?> rows) {
        Map<LocalDate, Long> months = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            months.put(LocalDate.parse((String) r[0]), ((Number) r[1]).longValue());
        }
        return months;
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        } else if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        } else if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("stored submission time of type " + value.getClass());
    }

    private static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
