package org.inclusionhub.practice.scores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.JsonColumns;

/**
 * The writes of the practice scores projection ({@code practice_score}: one row per submitted assessment of a
 * practice); a whole batch in one statement each.
 */
@ApplicationScoped
public class PracticeScoreStore {

    /**
     * One submitted assessment's scores: {@code framework} code and version, {@code overall} score and
     * {@code coverage} (null when the assessment has none), {@code areas} (area code to score, 0 to 100, or null).
     */
    public record Row(UUID assessmentId, UUID practiceId, String framework, int frameworkVersion, BigDecimal overall,
            BigDecimal coverage, Map<String, Double> areas, Instant submittedAt) {
    }

    private final EntityManager em;
    private final JsonColumns json;

    public PracticeScoreStore(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** Deletes the rows of these assessments (withdrawn ones). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from practice_score where assessment_id = any(cast(:ids as uuid[]))")
                .setParameter("ids", assessmentIds.stream().map(UUID::toString).toArray(String[]::new)).executeUpdate();
    }

    /** Inserts these rows; an assessment that already has a row keeps it (the first submission counts). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Collection<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        rows.stream().sorted(Comparator.comparing(Row::assessmentId)).forEach(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("assessment_id", r.assessmentId().toString());
            row.put("practice_id", r.practiceId().toString());
            row.put("framework", r.framework());
            row.put("framework_version", r.frameworkVersion());
            row.put("overall", r.overall() == null ? null : r.overall().toPlainString());
            row.put("coverage", r.coverage() == null ? null : r.coverage().toPlainString());
            row.put("areas", r.areas());
            row.put("submitted_at", r.submittedAt().toString());
            records.add(row);
        });
        em.createNativeQuery("""
                insert into practice_score (assessment_id, practice_id, framework, framework_version, overall, coverage, areas, submitted_at)
                select d.assessment_id, d.practice_id, d.framework, d.framework_version, d.overall, d.coverage, d.areas, d.submitted_at
                from jsonb_to_recordset(cast(:rows as jsonb)) as d(assessment_id uuid, practice_id uuid, framework text,
                     framework_version integer, overall numeric, coverage numeric, areas jsonb, submitted_at timestamptz)
                on conflict (assessment_id) do nothing""")
                .setParameter("rows", json.write(records)).executeUpdate();
    }

}
