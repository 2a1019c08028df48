package org.inclusionhub.assessment.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.JsonColumns;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.statistics.StatisticDeltas;
import org.inclusionhub.commons.statistics.StatisticKey;
import org.inclusionhub.commons.statistics.StatisticTable;

/**
 * The queries of the score statistics projection; each reads or writes a whole batch in one statement.
 * Tables: {@code score_stat} (n and total per framework version, segment and metric) and
 * {@code score_contribution} (what each submitted assessment added, so a withdrawal removes exactly that).
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
     * {@code framework} ('code@version'), the {@code metrics} (by {@link ScoreMetric}).
     */
    public record Contribution(String framework, List<String> segments, Map<String, Amount> metrics) {

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
