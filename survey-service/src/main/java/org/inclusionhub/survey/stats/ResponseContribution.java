package org.inclusionhub.survey.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.statistics.StatisticKey;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/**
 * What one response adds to the statistics of its survey version: an {@link Amount} per
 * {@link StatisticKey#all} key of a {@link SurveyMetric}, over its questions and the definition's computed
 * dimensions (counted as single choice). A multiple-choice question is crossed with itself as
 * {@code cross:q:o1:q:o2} for each ordered pair of two different selected options.
 * The keys do not grow with the filterable questions: a filtered figure is counted when it is read, from the
 * stored answers of the responses that match ({@link StatisticsCounts#filtered}).
 */
public final class ResponseContribution {

    /** Keys per survey version ({@code code@version}); published versions never change. */
    private static final Map<String, KeyTexts> TEXTS = new ConcurrentHashMap<>();

    private ResponseContribution() {
    }

    /** Every key of the response: what the projection adds and subtracts. */
    public static Map<StatisticKey, Amount> of(SurveyDefinition d, Map<String, Object> given) {
        KeyTexts texts = TEXTS.computeIfAbsent(d.key(), k -> new KeyTexts());
        Map<String, Object> answers = d.withDimensions(given);
        List<List<String>> categorical = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        metrics.add(SurveyMetric.RESPONDENTS);
        for (SurveyDefinition.Question q : d.analysed()) {
            if (q.condition() != null && q.isAskedGiven(answers)) {
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
                String number = SurveyMetric.number(q.code());
                metrics.add(number);
                sums.put(number, value);
                metrics.add(SurveyMetric.value(q.code(), value));
            }
        }
        int selected = categorical.stream().mapToInt(List::size).sum();
        Map<StatisticKey, Amount> amounts = new LinkedHashMap<>(2 * (metrics.size() + selected * selected / 2 + 1));
        for (String metric : metrics) {
            BigDecimal sum = sums.get(metric);
            amounts.put(texts.key(metric), sum == null ? Amount.ONE : new Amount(1, sum));
        }
        List<int[]> ids = categorical.stream().map(options -> options.stream().mapToInt(texts::optionId).toArray()).toList();
        for (int i = 0; i < categorical.size(); i++) {
            for (int j = i; j < categorical.size(); j++) {
                List<String> first = categorical.get(i);
                List<String> second = categorical.get(j);
                for (int a = 0; a < first.size(); a++) {
                    for (int b = 0; b < second.size(); b++) {
                        if (i != j || a != b) {
                            amounts.put(texts.cross(ids.get(i)[a], first.get(a), ids.get(j)[b], second.get(b)), Amount.ONE);
                        }
                    }
                }
            }
        }
        return amounts;
    }
}
