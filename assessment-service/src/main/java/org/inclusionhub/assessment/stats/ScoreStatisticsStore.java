package org.inclusionhub.assessment.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.JsonColumns;

/**
 * The queries of the score statistics projection; each reads or writes a whole batch in one statement.
 * Tables: {@code score_stat} (n and total per framework version, segment and metric) and
 * {@code score_contribution} (what each submitted assessment added, so a withdrawal removes exactly that).
 */
@ApplicationScoped
public class ScoreStatisticsStore {

    private static final TypeReference<Map<String, ScoreContribution.Amount>> METRICS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> SEGMENTS = new TypeReference<>() {
    };

    /**
     * What a submitted assessment added: to each of its {@code segments} ('all', 'country:XX', 'theme:T') of
     * {@code framework} ('code@version'), the {@code metrics} (metric name to count and total).
     */
    public record Contribution(String framework, List<String> segments, Map<String, ScoreContribution.Amount> metrics) {
    }

    /** One row of {@code score_stat}: framework 'code@version', segment, metric. */
    public record Key(String framework, String segment, String metric) {
    }

    /**
     * A change to one {@code score_stat} row: a count and a total. Totals are summed as decimals, each score
     * taken as {@link BigDecimal#valueOf(double)}, so subtracting a contribution undoes adding it exactly.
     */
    public record Delta(long n, BigDecimal total) {

        public static final Delta ZERO = new Delta(0, BigDecimal.ZERO);

        /** {@code sign} times an amount of a contribution (sign 1 to add, -1 to subtract). */
        public static Delta of(ScoreContribution.Amount amount, int sign) {
            return new Delta(sign * amount.n(), BigDecimal.valueOf(amount.total()).multiply(BigDecimal.valueOf(sign)));
        }

        public Delta plus(Delta other) {
            return new Delta(n + other.n, total.add(other.total));
        }

        boolean isZero() {
            return n == 0 && total.signum() == 0;
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
                select cast(assessment_id as text), framework, cast(segments as text), cast(metrics as text)
                from score_contribution where assessment_id = any(cast(:ids as uuid[]))""")
                .setParameter("ids", ids(assessmentIds)).getResultList();
        for (Object[] r : rows) {
            found.put(UUID.fromString((String) r[0]), new Contribution((String) r[1], json.read((String) r[2], SEGMENTS, "stored statistics contribution"),
                    json.read((String) r[3], METRICS, "stored statistics contribution")));
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
                segments.add("country:" + r[1].toString().strip());
            }
            List<String> themes = json.read((String) r[2], SEGMENTS, "stored statistics contribution");
            if (themes != null) {
                themes.forEach(t -> segments.add("theme:" + t));
            }
            found.put(UUID.fromString((String) r[0]), segments);
        }
        return found;
    }

    /** Adds each delta to its {@code score_stat} row, creating missing rows; zero deltas are skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addDeltas(Map<Key, Delta> deltas) {
        List<Map<String, Object>> rows = new ArrayList<>();
        deltas.entrySet().stream().filter(e -> !e.getValue().isZero())
                // sorted so that concurrent batches lock rows in the same order
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::framework).thenComparing(Key::segment)
                        .thenComparing(Key::metric)))
                .forEach(e -> rows.add(Map.of("framework", e.getKey().framework(), "segment", e.getKey().segment(),
                        "metric", e.getKey().metric(), "n", e.getValue().n(), "total", e.getValue().total().toPlainString())));
        if (rows.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into score_stat (framework, segment, metric, n, total)
                select d.framework, d.segment, d.metric, d.n, d.total
                from jsonb_to_recordset(cast(:rows as jsonb)) as d(framework text, segment text, metric text, n bigint, total numeric)
                on conflict (framework, segment, metric)
                do update set n = score_stat.n + excluded.n, total = score_stat.total + excluded.total""")
                .setParameter("rows", json.write(rows)).executeUpdate();
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
            rows.add(row);
        });
        em.createNativeQuery("""
                insert into score_contribution (assessment_id, framework, segments, metrics)
                select d.assessment_id, d.framework, d.segments, d.metrics
                from jsonb_to_recordset(cast(:rows as jsonb)) as d(assessment_id uuid, framework text, segments jsonb, metrics jsonb)
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

    private static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }


}
