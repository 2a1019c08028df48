package org.inclusionhub.survey.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.inclusionhub.survey.domain.QuestionType;
import org.inclusionhub.survey.domain.ResponseValidator;
import org.inclusionhub.survey.domain.SurveyDefinition;

/**
 * What one response adds to the statistics of its survey version, as counts {@code n} and totals keyed by
 * {@code all|metric}, over its questions and the definition's computed dimensions (counted as single choice).
 * Metrics:
 * <ul>
 * <li>{@code respondents}; {@code answered:q} per answered question; {@code asked:q} per question with a
 * condition that held (so "not asked" and "not answered" can be told apart)</li>
 * <li>{@code option:q:o} per selected option (yes/no and countries count as options)</li>
 * <li>{@code number:q} (n and sum) and {@code value:q:v} (n per distinct value) for numbers</li>
 * <li>{@code cross:q1:o1:q2:o2} for each pair of categorical answers, q1 before q2 in the definition; for a
 * multiple-choice question crossed with itself, {@code cross:q:o1:q:o2} for each ordered pair of two
 * different selected options</li>
 * </ul>
 * The keys do not grow with the filterable questions: a filtered figure is counted when it is read, from the
 * stored answers of the responses that match ({@link StatisticsCounts#filtered}).
 */
public final class ResponseContribution {

    /** A count and a total (the sum of a numeric answer; zero for other metrics). */
    public record Amount(long n, BigDecimal total) {
        public Amount negate() {
            return new Amount(-n, total.negate());
        }

        /** The sum; most metrics are counts with a zero total, so their totals are not added. */
        public Amount plus(Amount other) {
            BigDecimal sum = other.total.signum() == 0 ? total : total.signum() == 0 ? other.total : total.add(other.total);
            return new Amount(n + other.n, sum);
        }
    }

    /** The prefix of every key: the projection keeps the figures over all responses only. */
    static final String ALL = "all|";

    private static final Amount ONE = new Amount(1, BigDecimal.ZERO);

    /** Key texts per survey version ({@code code@version}); published versions never change. */
    private static final Map<String, KeyTexts> TEXTS = new ConcurrentHashMap<>();

    private ResponseContribution() {
    }

    /** Every key of the response: what the projection adds and subtracts. */
    public static Map<String, Amount> of(SurveyDefinition d, Map<String, Object> given) {
        KeyTexts texts = TEXTS.computeIfAbsent(d.key(), k -> new KeyTexts());
        Map<String, Object> answers = d.withDimensions(given);
        List<List<String>> categorical = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        metrics.add("respondents");
        for (SurveyDefinition.Question q : d.analysed()) {
            if (q.condition() != null && ResponseValidator.isAsked(q, answers)) {
                metrics.add(texts.asked(q.code()));
            }
            Object answer = answers.get(q.code());
            if (answer == null) {
                continue;
            }
            metrics.add(texts.answered(q.code()));
            if (QuestionType.isCategorical(q.type())) {
                List<String> selected = answer instanceof List<?> list ? list.stream().map(Object::toString).toList()
                        : List.of(answer.toString());
                List<String> optionMetrics = selected.stream().map(o -> texts.option(q.code(), o)).toList();
                categorical.add(optionMetrics);
                metrics.addAll(optionMetrics);
            } else if (QuestionType.isNumeric(q.type())) {
                BigDecimal value = new BigDecimal(answer.toString());
                String number = "number:" + q.code();
                metrics.add(number);
                sums.put(number, value);
                metrics.add("value:" + q.code() + ":" + value.stripTrailingZeros().toPlainString());
            }
        }
        int selected = categorical.stream().mapToInt(List::size).sum();
        Map<String, Amount> amounts = new LinkedHashMap<>(2 * (metrics.size() + selected * selected / 2 + 1));
        for (String metric : metrics) {
            amounts.put(texts.key(metric), new Amount(1, sums.getOrDefault(metric, BigDecimal.ZERO)));
        }
        List<int[]> ids = categorical.stream().map(options -> options.stream().mapToInt(texts::optionId).toArray()).toList();
        for (int i = 0; i < categorical.size(); i++) {
            for (int j = i; j < categorical.size(); j++) {
                List<String> first = categorical.get(i);
                List<String> second = categorical.get(j);
                for (int a = 0; a < first.size(); a++) {
                    for (int b = 0; b < second.size(); b++) {
                        if (i != j || a != b) {
                            amounts.put(texts.cross(ids.get(i)[a], first.get(a), ids.get(j)[b], second.get(b)), ONE);
                        }
                    }
                }
            }
        }
        return amounts;
    }
}
