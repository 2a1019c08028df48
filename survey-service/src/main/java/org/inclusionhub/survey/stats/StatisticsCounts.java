package org.inclusionhub.survey.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.inclusionhub.commons.JsonColumns;
import org.inclusionhub.survey.domain.SurveyDefinition;

/**
 * The counts behind the survey statistics, as {@code metric -> amount} (the metrics of
 * {@link ResponseContribution}, without the {@code all|} prefix). Over all responses they are read from the
 * projection ({@code survey_stat}); for a filter they are summed when read from the stored answers of the
 * matching responses ({@code survey_contribution}, found through its GIN index on the answers), so the
 * projection need not keep a copy of every figure per filterable answer.
 */
@ApplicationScoped
public class StatisticsCounts {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final JsonColumns json;

    public StatisticsCounts(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    /** Every metric over all responses except the cross pairs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ResponseContribution.Amount> projected(SurveyDefinition d) {
        return rows(em.createNativeQuery("select metric, n, total from survey_stat "
                + "where survey = :s and segment = 'all' and n <> 0 and metric not like 'cross:%'")
                .setParameter("s", d.key()).getResultList());
    }

    /** The respondents, the options of both questions, and their cross pairs, over all responses. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ResponseContribution.Amount> projectedCross(SurveyDefinition d, String first, String second) {
        return rows(em.createNativeQuery("select metric, n, total from survey_stat where survey = :s and segment = 'all' "
                + "and n <> 0 and (metric = 'respondents' or metric like :rows or metric like :columns or metric like :cells)")
                .setParameter("s", d.key()).setParameter("rows", like("option:" + first + ":") + "%")
                .setParameter("columns", like("option:" + second + ":") + "%")
                .setParameter("cells", like("cross:" + first + ":") + "%" + like(":" + second + ":") + "%")
                .getResultList());
    }

    /**
     * Every metric of the responses matching {@code filter}, with the cross pairs {@code crossed} accepts,
     * summed from their stored answers. Costs a read of each matching response's answers (about 1 KB).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ResponseContribution.Amount> filtered(SurveyDefinition d, StatisticsFilter filter,
            BiPredicate<String, String> crossed) {
        Object value = filter.multiple() ? List.of(filter.answer()) : filter.answer();
        @SuppressWarnings("unchecked")
        Stream<String> answers = em.createNativeQuery("select cast(answers as text) from survey_contribution "
                + "where survey = :s and answers @> cast(:f as jsonb)")
                .setParameter("s", d.key()).setParameter("f", json.write(Map.of(filter.question(), value)))
                .getResultStream();
        Map<String, ResponseContribution.Amount> sum = new HashMap<>();
        answers.forEach(text -> ResponseContribution.of(d, json.read(text, ANSWERS, "stored contribution"), crossed)
                .forEach((key, amount) -> sum.merge(key.substring(ResponseContribution.ALL.length()), amount,
                        ResponseContribution.Amount::plus)));
        return sum;
    }

    private static Map<String, ResponseContribution.Amount> rows(List<?> result) {
        Map<String, ResponseContribution.Amount> counts = new HashMap<>();
        for (Object row : result) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], new ResponseContribution.Amount(((Number) r[1]).longValue(), new BigDecimal(r[2].toString())));
        }
        return counts;
    }

    /** {@code text} as a literal part of a LIKE pattern. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
