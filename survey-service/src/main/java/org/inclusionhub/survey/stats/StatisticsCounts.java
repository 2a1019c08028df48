package org.inclusionhub.survey.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusionhub.commons.JsonColumns;
import org.inclusionhub.commons.api.DayRange;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.statistics.StatisticTable;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/**
 * The counts behind the survey statistics, as {@code metric -> amount} ({@link SurveyMetric}s). Over all responses they are read from the
 * projection ({@code survey_stat}); for a filter PostgreSQL counts them when read from the stored answers of
 * the matching responses ({@code survey_contribution}, found through its GIN index on the answers), so the
 * projection need not keep a copy of every figure per filterable answer.
 */
@ApplicationScoped
public class StatisticsCounts {

    /**
     * The responses a filter selects, as a condition on {@code survey_contribution c}: of the survey version, with
     * the answer (every counted response's answers contain {@code {}}), submitted in the date range (UTC days).
     */
    private static final String SELECTED = "c.survey = :s and c.answers @> cast(:f as jsonb) "
            + "and c.submitted_at >= coalesce(cast(:from as timestamptz), '-infinity') "
            + "and c.submitted_at < coalesce(cast(:until as timestamptz), 'infinity')";

    private final EntityManager em;
    private final JsonColumns json;

    public StatisticsCounts(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** Every metric over all responses except the cross pairs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Amount> projected(SurveyDefinition d) {
        return rows(em.createNativeQuery("select metric, n, total from survey_stat "
                + "where survey = :s and segment = 'all' and n <> 0 and metric not like :crosses")
                .setParameter("s", d.key()).setParameter("crosses", like(SurveyMetric.CROSSES) + "%").getResultList());
    }

    /** The respondents, the options of both questions, and their cross pairs, over all responses. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Amount> projectedCross(SurveyDefinition d, String first, String second) {
        return rows(em.createNativeQuery("select metric, n, total from survey_stat where survey = :s and segment = 'all' "
                + "and n <> 0 and (metric = 'respondents' or metric like :rows or metric like :columns or metric like :cells)")
                .setParameter("s", d.key()).setParameter("rows", like(SurveyMetric.optionsOf(first)) + "%")
                .setParameter("columns", like(SurveyMetric.optionsOf(second)) + "%")
                .setParameter("cells", like(SurveyMetric.crossesOf(first)) + "%" + like(":" + second + ":") + "%")
                .getResultList());
    }

    /**
     * Every metric except the cross pairs, of the responses matching {@code filter}, counted by PostgreSQL from
     * their stored answers (the same figures {@link ResponseContribution} would sum; {@code FilteredStatisticsTest}
     * holds them equal). Costs a scan of the matching responses' answers: see the README's read benchmarks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Amount> filtered(SurveyDefinition d, StatisticsFilter filter) {
        Map<String, Amount> counts = answerCounts(d, filter, d.analysed());
        counts.putAll(respondentsAndAsked(d, filter));
        return counts;
    }

    /** The respondents, both questions' answers and their cross pairs, of the responses matching {@code filter}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Amount> filteredCross(SurveyDefinition d, StatisticsFilter filter,
            SurveyDefinition.Question first, SurveyDefinition.Question second) {
        Map<String, Amount> counts = answerCounts(d, filter, List.of(first, second));
        counts.putAll(respondentsAndAsked(d, filter));
        String elements = "jsonb_array_elements_text(case when jsonb_typeof(c.answers -> cast(:%1$s as text)) = 'array' "
                + "then c.answers -> cast(:%1$s as text) else jsonb_build_array(c.answers -> cast(:%1$s as text)) end)";
        var query = em.createNativeQuery("select a.v, b.v, count(*) from survey_contribution c "
                + "cross join lateral " + elements.formatted("first") + " a(v) cross join lateral " + elements.formatted("second") + " b(v) "
                + "where " + SELECTED + " "
                + "and c.answers -> cast(:first as text) is not null and c.answers -> cast(:second as text) is not null "
                + "and (cast(:first as text) <> cast(:second as text) or a.v <> b.v) group by a.v, b.v")
                .setParameter("first", first.code()).setParameter("second", second.code());
        List<?> rows = select(query, d, filter).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(SurveyMetric.cross(first.code(), (String) r[0], second.code(), (String) r[1]),
                    new Amount(((Number) r[2]).longValue(), BigDecimal.ZERO));
        }
        return counts;
    }

    /** answered:q, option:q:o, number:q and value:q:v of {@code questions}, in one pass over the matching answers. */
    private Map<String, Amount> answerCounts(SurveyDefinition d, StatisticsFilter filter,
            List<SurveyDefinition.Question> questions) {
        Map<String, SurveyDefinition.Question> byCode = new HashMap<>();
        questions.forEach(q -> byCode.put(q.code(), q));
        String[] valued = questions.stream().filter(q -> QuestionType.isCategorical(q.type()) || QuestionType.isNumeric(q.type()))
                .map(SurveyDefinition.Question::code).toArray(String[]::new);
        // one row per answer value (each option of a multiple choice; null for a question whose values are not
        // counted), with how many responses gave it and, on the first element of each answer, how many answered
        var query = em.createNativeQuery("""
                select e.key, case when e.key = any(cast(:valued as text[])) then a.v end, count(*),
                       count(*) filter (where a.ord is null or a.ord = 1)
                from survey_contribution c
                cross join lateral jsonb_each(c.answers) e
                left join lateral jsonb_array_elements_text(case when jsonb_typeof(e.value) = 'array' then e.value
                    else jsonb_build_array(e.value) end) with ordinality a(v, ord) on true
                where %s and e.key = any(cast(:keys as text[])) and jsonb_typeof(e.value) <> 'null'
                group by 1, 2""".formatted(SELECTED))
                .setParameter("valued", valued).setParameter("keys", byCode.keySet().toArray(String[]::new));
        List<?> rows = select(query, d, filter).getResultList();
        Map<String, Amount> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String question = (String) r[0];
            long n = ((Number) r[2]).longValue();
            add(counts, SurveyMetric.answered(question), ((Number) r[3]).longValue(), BigDecimal.ZERO);
            if (r[1] == null) {
                continue;
            }
            if (QuestionType.isNumeric(byCode.get(question).type())) {
                BigDecimal value = new BigDecimal((String) r[1]);
                add(counts, SurveyMetric.number(question), n, value.multiply(BigDecimal.valueOf(n)));
                add(counts, SurveyMetric.value(question, value), n, BigDecimal.ZERO);
            } else {
                add(counts, SurveyMetric.option(question, (String) r[1]), n, BigDecimal.ZERO);
            }
        }
        return counts;
    }

    /** respondents, and asked:q for each question with a condition, of the responses matching {@code filter}. */
    private Map<String, Amount> respondentsAndAsked(SurveyDefinition d, StatisticsFilter filter) {
        List<SurveyDefinition.Question> conditional = d.analysed().stream().filter(q -> q.condition() != null).toList();
        StringBuilder sql = new StringBuilder("select count(*)");
        for (int i = 0; i < conditional.size(); i++) {
            List<String> holds = new ArrayList<>();
            for (int j = 0; j < conditional.get(i).condition().conjuncts().size(); j++) {
                holds.add("jsonb_exists_any(c.answers -> cast(:on" + i + "_" + j + " as text), cast(:any" + i + "_" + j + " as text[]))");
            }
            sql.append(", count(*) filter (where ").append(String.join(" and ", holds)).append(")");
        }
        var query = select(em.createNativeQuery(sql.append(" from survey_contribution c where ").append(SELECTED).toString()),
                d, filter);
        for (int i = 0; i < conditional.size(); i++) {
            List<SurveyDefinition.Condition> conjuncts = conditional.get(i).condition().conjuncts();
            for (int j = 0; j < conjuncts.size(); j++) {
                query.setParameter("on" + i + "_" + j, conjuncts.get(j).question())
                        .setParameter("any" + i + "_" + j, conjuncts.get(j).anyOf().toArray(String[]::new));
            }
        }
        Object result = query.getSingleResult();
        Object[] r = result instanceof Object[] all ? all : new Object[] {result};
        Map<String, Amount> counts = new HashMap<>();
        add(counts, SurveyMetric.RESPONDENTS, ((Number) r[0]).longValue(), BigDecimal.ZERO);
        for (int i = 0; i < conditional.size(); i++) {
            add(counts, SurveyMetric.asked(conditional.get(i).code()), ((Number) r[i + 1]).longValue(), BigDecimal.ZERO);
        }
        return counts;
    }

    /**
     * Responses per week (by the Monday, UTC, of their submission): over all responses from the projection
     * ({@code survey_timeline}); for a filter counted when read, like the other filtered figures.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, Long> timeline(SurveyDefinition d, Optional<StatisticsFilter> filter) {
        List<?> rows = filter.isEmpty()
                ? em.createNativeQuery("select period, n from survey_timeline where survey = :s and n <> 0")
                        .setParameter("s", d.key()).getResultList()
                : select(em.createNativeQuery("select cast(date_trunc('week', c.submitted_at at time zone 'UTC') as date), "
                        + "count(*) from survey_contribution c where " + SELECTED + " group by 1"), d, filter.get())
                        .getResultList();
        Map<LocalDate, Long> weeks = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            weeks.put(r[0] instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(r[0].toString()),
                    ((Number) r[1]).longValue());
        }
        return weeks;
    }

    private Query select(Query query, SurveyDefinition d, StatisticsFilter filter) {
        Object value = filter.multiple() ? List.of(String.valueOf(filter.answer())) : filter.answer();
        DayRange days = new DayRange(filter.from(), filter.to());
        return query.setParameter("s", d.key())
                .setParameter("f", filter.restrictsAnswer() ? json.write(Map.of(filter.question(), value)) : "{}")
                .setParameter("from", days.start() == null ? null : days.start().toString())
                .setParameter("until", days.end() == null ? null : days.end().toString());
    }

    private static void add(Map<String, Amount> counts, String metric, long n, BigDecimal total) {
        if (n != 0) {
            counts.merge(metric, new Amount(n, total), Amount::plus);
        }
    }

    private static Map<String, Amount> rows(List<?> result) {
        return StatisticTable.byMetric(result);
    }

    /** {@code text} as a literal part of a LIKE pattern. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
