package org.inclusionhub.survey.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.inclusionhub.survey.domain.QuestionType;
import org.inclusionhub.survey.domain.SurveyDefinition;

/**
 * What one response adds to the statistics of its survey version, as counts {@code n} and totals
 * keyed by {@code segment|metric}. Segments: {@code all}, and {@code question=answer} for each
 * single-valued categorical answer (single choice, yes/no, country), so statistics can be filtered
 * by one answer. Metrics:
 * <ul>
 * <li>{@code respondents}; {@code answered:q} per answered question</li>
 * <li>{@code option:q:o} per selected option (yes/no and countries count as options)</li>
 * <li>{@code number:q} (n and sum) and {@code value:q:v} (n per distinct value) for numbers</li>
 * <li>{@code cross:q1:o1:q2:o2} for each pair of categorical answers, in segment {@code all} only</li>
 * </ul>
 */
public final class ResponseContribution {

    /** A count and a total (the sum of a numeric answer; zero for other metrics). */
    public record Amount(long n, BigDecimal total) {
        public Amount negate() {
            return new Amount(-n, total.negate());
        }

        public Amount plus(Amount other) {
            return new Amount(n + other.n, total.add(other.total));
        }
    }

    private ResponseContribution() {
    }

    /** Key texts per survey version ({@code code@version}); published versions never change. */
    private static final Map<String, KeyTexts> TEXTS = new ConcurrentHashMap<>();

    public static Map<String, Amount> of(SurveyDefinition d, Map<String, Object> answers) {
        KeyTexts texts = TEXTS.computeIfAbsent(d.code() + "@" + d.version(), k -> new KeyTexts());
        List<String> segments = new ArrayList<>();
        segments.add("all");
        List<List<String>> categorical = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        metrics.add("respondents");
        for (SurveyDefinition.Question q : d.questions()) {
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
                if (!QuestionType.MULTIPLE_CHOICE.equals(q.type())) {
                    segments.add(texts.segment(q.code(), selected.get(0)));
                }
            } else if (QuestionType.isNumeric(q.type())) {
                BigDecimal value = new BigDecimal(answer.toString());
                String number = "number:" + q.code();
                metrics.add(number);
                sums.put(number, value);
                metrics.add("value:" + q.code() + ":" + value.stripTrailingZeros().toPlainString());
            }
        }
        Map<String, Amount> amounts = new LinkedHashMap<>(4 * segments.size() * metrics.size());
        for (String segment : segments) {
            for (String metric : metrics) {
                amounts.put(texts.key(segment, metric), new Amount(1, sums.getOrDefault(metric, BigDecimal.ZERO)));
            }
        }
        for (int i = 0; i < categorical.size(); i++) {
            for (int j = i + 1; j < categorical.size(); j++) {
                for (String o1 : categorical.get(i)) {
                    for (String o2 : categorical.get(j)) {
                        amounts.put(texts.cross(o1, o2), ONE);
                    }
                }
            }
        }
        return amounts;
    }

    private static final Amount ONE = new Amount(1, BigDecimal.ZERO);
}
