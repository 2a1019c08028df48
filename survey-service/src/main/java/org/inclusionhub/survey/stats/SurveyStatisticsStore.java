package org.inclusionhub.survey.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.JsonColumns;
import org.inclusionhub.commons.SqlValues;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.statistics.StatisticDeltas;
import org.inclusionhub.commons.statistics.StatisticKey;
import org.inclusionhub.commons.statistics.StatisticTable;

/**
 * The queries of the survey statistics projection; each writes a whole batch in one statement.
 * Tables: {@code survey_stat} (n and total per survey, segment, metric), {@code survey_contribution}
 * (what each response last added, at which response version, first counted when) and {@code survey_timeline}
 * (responses counted per survey version and week).
 */
@ApplicationScoped
public class SurveyStatisticsStore {

    private static final StatisticTable TABLE = new StatisticTable("survey_stat", "survey");

    private static final TypeReference<Map<String, Amount>> AMOUNTS = new TypeReference<>() {
    };

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    /**
     * What a response last added to its survey version's statistics, at which version of the response: the
     * answers it was computed from, or (withdrawn, or written before answers were kept) the amounts themselves;
     * and when it was first counted (its submission), for the timeline.
     */
    public record Applied(String survey, long version, Map<String, Object> answers, Map<StatisticKey, Amount> amounts,
            Instant submittedAt) {

        static Applied withdrawn(String survey, long version, Instant submittedAt) {
            return new Applied(survey, version, null, Map.of(), submittedAt);
        }

        /** Whether it counts in the statistics now (not withdrawn). */
        boolean counted() {
            return answers != null || (amounts != null && !amounts.isEmpty());
        }
    }

    private final EntityManager em;
    private final JsonColumns json;

    public SurveyStatisticsStore(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** The current contributions of these responses (absent: never applied). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Applied> contributions(Collection<UUID> responseIds) {
        Map<UUID, Applied> found = new HashMap<>();
        if (responseIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(response_id as text), survey, version, cast(answers as text), cast(amounts as text), submitted_at
                from survey_contribution
                where response_id = any(cast(:ids as uuid[]))""")
                .setParameter("ids", responseIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        for (Object[] r : rows) {
            Map<String, Object> answers = r[3] == null ? null : json.read((String) r[3], ANSWERS, "stored contribution");
            Map<StatisticKey, Amount> amounts = r[4] == null ? null : keyed(json.read((String) r[4], AMOUNTS, "stored contribution"));
            found.put(UUID.fromString((String) r[0]), new Applied((String) r[1], ((Number) r[2]).longValue(), answers, amounts,
                    r[5] == null ? null : SqlValues.instant(r[5])));
        }
        return found;
    }

    /** Adds the batch's deltas to {@code survey_stat} in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addDeltas(StatisticDeltas deltas) {
        TABLE.add(em, json, deltas);
    }

    /** Records the new contributions of the responses a batch changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveContributions(Map<UUID, Applied> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(changed.size());
        changed.forEach((id, applied) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("response_id", id.toString());
            row.put("survey", applied.survey());
            row.put("version", applied.version());
            row.put("answers", applied.answers());
            row.put("amounts", applied.answers() == null ? texts(applied.amounts()) : null);
            row.put("submitted_at", applied.submittedAt() == null ? null : applied.submittedAt().toString());
            rows.add(row);
        });
        em.createNativeQuery("""
                insert into survey_contribution (response_id, survey, version, answers, amounts, submitted_at)
                select d.response_id, d.survey, d.version, d.answers, d.amounts, d.submitted_at
                from jsonb_to_recordset(cast(:rows as jsonb))
                     as d(response_id uuid, survey text, version bigint, answers jsonb, amounts jsonb, submitted_at timestamptz)
                on conflict (response_id) do update
                set version = excluded.version, answers = excluded.answers, amounts = excluded.amounts,
                    submitted_at = excluded.submitted_at""")
                .setParameter("rows", json.write(rows)).executeUpdate();
    }

    /** Adds a batch's changes to {@code survey_timeline}: per survey version, per week (its Monday), responses counted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addTimeline(Map<String, Map<LocalDate, Long>> deltas) {
        List<Map<String, Object>> rows = new ArrayList<>();
        deltas.forEach((survey, weeks) -> weeks.forEach((week, n) -> {
            if (n != 0) {
                rows.add(Map.of("survey", survey, "period", week.toString(), "n", n));
            }
        }));
        if (rows.isEmpty()) {
            return;
        }
        // sorted so that concurrent batches lock rows in the same order
        rows.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("survey"))
                .thenComparing(r -> (String) r.get("period")));
        em.createNativeQuery("""
                insert into survey_timeline (survey, period, n)
                select d.survey, d.period, d.n from jsonb_to_recordset(cast(:rows as jsonb)) as d(survey text, period date, n bigint)
                on conflict (survey, period) do update set n = survey_timeline.n + excluded.n""")
                .setParameter("rows", json.write(rows)).executeUpdate();
    }

    private static Map<StatisticKey, Amount> keyed(Map<String, Amount> byText) {
        Map<StatisticKey, Amount> keyed = new HashMap<>();
        byText.forEach((text, amount) -> keyed.put(StatisticKey.parse(text), amount));
        return keyed;
    }

    private static Map<String, Amount> texts(Map<StatisticKey, Amount> byKey) {
        Map<String, Amount> texts = new HashMap<>();
        byKey.forEach((key, amount) -> texts.put(key.text(), amount));
        return texts;
    }
}
