package org.inclusionhub.survey.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/**
 * The survey statistics: percentages, "not asked" and "not answered", medians, histograms and cross-tabs,
 * derived from the counts of {@link StatisticsCounts} (never from the responses themselves).
 */
@ApplicationScoped
public class SurveyStatisticsReader {

    static final int BINS = 10;

    private final StatisticsCounts counts;

    public SurveyStatisticsReader(StatisticsCounts counts) {
        this.counts = counts;
    }

    /** The statistics over all responses, or (with a filter) over those matching it, with responses per week. */
    @Transactional
    public SurveyStatistics read(SurveyDefinition d, Optional<StatisticsFilter> filter) {
        Map<String, Amount> found = filter.map(f -> counts.filtered(d, f)).orElseGet(() -> counts.projected(d));
        SurveyStatistics figures = statistics(d, found, filter.orElse(null));
        return figures.withTimeline(ResponseTimeline.contiguous(counts.timeline(d, filter)));
    }

    /** The cross-tab of two categorical questions (or of one with itself), over all responses or a filter's. */
    @Transactional
    public SurveyStatistics.CrossTab crossTab(SurveyDefinition d, SurveyDefinition.Question rows, SurveyDefinition.Question columns,
            Optional<StatisticsFilter> filter) {
        boolean rowsFirst = d.analysed().indexOf(rows) <= d.analysed().indexOf(columns);
        SurveyDefinition.Question first = rowsFirst ? rows : columns;
        SurveyDefinition.Question second = rowsFirst ? columns : rows;
        Map<String, Amount> found = filter.map(f -> counts.filteredCross(d, f, first, second))
                .orElseGet(() -> counts.projectedCross(d, first.code(), second.code()));
        return crossTab(d, rows, columns, found, filter.map(StatisticsFilter::toString).orElse(null));
    }

    /** The statistics from {@code counts} ({@code metric -> amount}, by {@link SurveyMetric}). */
    static SurveyStatistics statistics(SurveyDefinition d, Map<String, Amount> counts, StatisticsFilter filter) {
        Map<String, TreeMap<BigDecimal, Long>> values = new HashMap<>();
        counts.forEach((metric, amount) -> {
            SurveyMetric.NumberValue value = SurveyMetric.numberValue(metric);
            if (value != null && amount.n() != 0) {
                values.computeIfAbsent(value.question(), k -> new TreeMap<>()).put(value.value(), amount.n());
            }
        });
        long respondents = count(counts, SurveyMetric.RESPONDENTS);
        List<SurveyStatistics.QuestionStats> questions = new ArrayList<>();
        for (SurveyDefinition.Question q : d.analysed()) {
            long answered = count(counts, SurveyMetric.answered(q.code()));
            long asked = q.condition() == null ? respondents : count(counts, SurveyMetric.asked(q.code()));
            List<SurveyStatistics.OptionCount> options = null;
            SurveyStatistics.Numbers numbers = null;
            if (QuestionType.isCategorical(q.type())) {
                options = new ArrayList<>();
                for (String option : answersOf(q, counts)) {
                    long c = count(counts, SurveyMetric.option(q.code(), option));
                    options.add(new SurveyStatistics.OptionCount(option, q.answerText(option), c, percent(c, answered),
                            percent(c, respondents)));
                }
            } else if (QuestionType.isNumeric(q.type())) {
                Amount number = counts.getOrDefault(SurveyMetric.number(q.code()), Amount.ZERO);
                numbers = numbers(number.n(), number.total(), values.getOrDefault(q.code(), new TreeMap<>()));
            }
            questions.add(new SurveyStatistics.QuestionStats(q.code(), q.text(), q.type(), answered, respondents - answered,
                    respondents - asked, asked - answered, options, numbers));
        }
        return new SurveyStatistics(d.code(), d.version(), filter == null ? null : filter.toString(),
                filter == null ? null : filter.from(), filter == null ? null : filter.to(), respondents, List.of(), questions);
    }

    /** The cross-tab from {@code counts}: the respondents, both questions' options and their cross pairs. */
    static SurveyStatistics.CrossTab crossTab(SurveyDefinition d, SurveyDefinition.Question rows, SurveyDefinition.Question columns,
            Map<String, Amount> counts, String filter) {
        boolean rowsFirst = d.analysed().indexOf(rows) <= d.analysed().indexOf(columns);
        boolean self = rows.code().equals(columns.code());
        List<String> rowOptions = answersOf(rows, counts);
        List<String> columnOptions = answersOf(columns, counts);
        List<Long> rowTotals = rowOptions.stream().map(o -> count(counts, SurveyMetric.option(rows.code(), o))).toList();
        List<Long> columnTotals = columnOptions.stream().map(o -> count(counts, SurveyMetric.option(columns.code(), o))).toList();
        List<List<Long>> cells = new ArrayList<>();
        List<List<Double>> rowPercentages = new ArrayList<>();
        List<List<Double>> columnPercentages = new ArrayList<>();
        for (int i = 0; i < rowOptions.size(); i++) {
            List<Long> line = new ArrayList<>();
            List<Double> ofRow = new ArrayList<>();
            List<Double> ofColumn = new ArrayList<>();
            for (int j = 0; j < columnOptions.size(); j++) {
                String ro = rowOptions.get(i);
                String co = columnOptions.get(j);
                long n;
                if (self && ro.equals(co)) {
                    n = rowTotals.get(i);
                } else {
                    n = count(counts, rowsFirst ? SurveyMetric.cross(rows.code(), ro, columns.code(), co)
                            : SurveyMetric.cross(columns.code(), co, rows.code(), ro));
                }
                line.add(n);
                ofRow.add(percent(n, rowTotals.get(i)));
                ofColumn.add(percent(n, columnTotals.get(j)));
            }
            cells.add(line);
            rowPercentages.add(ofRow);
            columnPercentages.add(ofColumn);
        }
        return new SurveyStatistics.CrossTab(d.code(), d.version(), filter, rows.code(), columns.code(), rowOptions,
                rowOptions.stream().map(rows::answerText).toList(), columnOptions,
                columnOptions.stream().map(columns::answerText).toList(), cells, rowTotals, columnTotals, rowPercentages,
                columnPercentages, count(counts, SurveyMetric.RESPONDENTS));
    }

    /** {@code part} of {@code whole} in percent with one decimal; 0 when the whole is 0. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** A categorical question's possible answers: its options, yes and no, or the values counted (countries). */
    private static List<String> answersOf(SurveyDefinition.Question q, Map<String, Amount> counts) {
        if (q.isChoice()) {
            return q.optionCodes();
        }
        if (QuestionType.YES_NO.equals(q.type())) {
            return q.answerOptions().stream().map(SurveyDefinition.Option::code).toList();
        }
        String prefix = SurveyMetric.optionsOf(q.code());
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getValue().n() != 0)
                .map(e -> e.getKey().substring(prefix.length())).sorted().toList();
    }

    private static SurveyStatistics.Numbers numbers(long n, BigDecimal sum, TreeMap<BigDecimal, Long> values) {
        if (n == 0 || values.isEmpty()) {
            return new SurveyStatistics.Numbers(0, null, null, null, null, List.of());
        }
        double min = values.firstKey().doubleValue();
        double max = values.lastKey().doubleValue();
        double width = max == min ? 1 : (max - min) / BINS;
        int bins = max == min ? 1 : BINS;
        long[] histogram = new long[bins];
        values.forEach((v, c) -> histogram[Math.min(bins - 1, (int) ((v.doubleValue() - min) / width))] += c);
        List<SurveyStatistics.Bin> bars = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            bars.add(new SurveyStatistics.Bin(round(min + i * width), round(min + (i + 1) * width), histogram[i]));
        }
        return new SurveyStatistics.Numbers(n, round(sum.doubleValue() / n), median(values, n), min, max, bars);
    }

    /** The middle value of the counted values (the mean of the two middle ones for an even count). */
    static double median(TreeMap<BigDecimal, Long> values, long n) {
        long lower = (n - 1) / 2;
        long upper = n / 2;
        Double low = null;
        Double high = null;
        long seen = 0;
        for (Map.Entry<BigDecimal, Long> e : values.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lower < next) {
                low = e.getKey().doubleValue();
            }
            if (upper < next) {
                high = e.getKey().doubleValue();
                break;
            }
            seen = next;
        }
        return round((low + high) / 2);
    }

    private static long count(Map<String, Amount> counts, String key) {
        Amount c = counts.get(key);
        return c == null ? 0 : c.n();
    }

    /**
     * Rounded to 4 decimals, or to 4 significant digits where that keeps more ({@code 0.00002333}, not 0). Math.round
     * of the value times 10 000 saturated at 9.2E14 (a mean of 1E15 and 2E15 came out below the minimum).
     */
    static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        int significant = 3 - (int) Math.floor(Math.log10(Math.abs(value)));
        return BigDecimal.valueOf(value).setScale(Math.max(4, significant), RoundingMode.HALF_UP).doubleValue();
    }
}
