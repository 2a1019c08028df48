package org.inclusionhub.survey.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.inclusionhub.survey.domain.QuestionType;
import org.inclusionhub.survey.domain.SurveyDefinition;

/** Reads the survey statistics projection (never the responses) and derives percentages, medians and histograms. */
@ApplicationScoped
public class SurveyStatisticsReader {

    static final int BINS = 10;

    private final EntityManager em;

    public SurveyStatisticsReader(EntityManager em) {
        this.em = em;
    }

    public SurveyStatistics read(SurveyDefinition d, String segment) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal> totals = new HashMap<>();
        Map<String, TreeMap<BigDecimal, Long>> values = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select metric, n, total from survey_stat where survey = :s and segment = :g and n <> 0")
                .setParameter("s", d.key()).setParameter("g", segment).getResultList();
        for (Object[] r : rows) {
            String metric = (String) r[0];
            long n = ((Number) r[1]).longValue();
            if (metric.startsWith("value:")) {
                String[] parts = metric.split(":", 3);
                values.computeIfAbsent(parts[1], k -> new TreeMap<>()).put(new BigDecimal(parts[2]), n);
            } else {
                counts.put(metric, new long[] {n});
                totals.put(metric, new BigDecimal(r[2].toString()));
            }
        }
        long respondents = count(counts, "respondents");
        List<SurveyStatistics.QuestionStats> questions = new ArrayList<>();
        for (SurveyDefinition.Question q : d.questions()) {
            long answered = count(counts, "answered:" + q.code());
            List<SurveyStatistics.OptionCount> options = null;
            SurveyStatistics.Numbers numbers = null;
            if (QuestionType.isCategorical(q.type())) {
                options = new ArrayList<>();
                for (String option : optionsOf(q, counts)) {
                    long c = count(counts, "option:" + q.code() + ":" + option);
                    options.add(new SurveyStatistics.OptionCount(option, label(q, option), c, percent(c, answered),
                            percent(c, respondents)));
                }
            } else if (QuestionType.isNumeric(q.type())) {
                numbers = numbers(count(counts, "number:" + q.code()), totals.get("number:" + q.code()),
                        values.getOrDefault(q.code(), new TreeMap<>()));
            }
            questions.add(new SurveyStatistics.QuestionStats(q.code(), q.text(), q.type(), answered, respondents - answered,
                    options, numbers));
        }
        return new SurveyStatistics(d.code(), d.version(), "all".equals(segment) ? null : segment, respondents, questions);
    }

    public SurveyStatistics.CrossTab crossTab(SurveyDefinition d, SurveyDefinition.Question rows, SurveyDefinition.Question columns) {
        boolean rowsFirst = d.questions().indexOf(rows) < d.questions().indexOf(columns);
        SurveyDefinition.Question first = rowsFirst ? rows : columns;
        SurveyDefinition.Question second = rowsFirst ? columns : rows;
        Map<String, long[]> cells = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(
                "select metric, n from survey_stat where survey = :s and segment = 'all' and metric like :prefix and n <> 0")
                .setParameter("s", d.key()).setParameter("prefix", "cross:" + first.code() + ":%:" + second.code() + ":%")
                .getResultList();
        for (Object[] r : result) {
            cells.put((String) r[0], new long[] {((Number) r[1]).longValue()});
        }
        Map<String, long[]> margins = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> marginRows = em.createNativeQuery("select metric, n from survey_stat where survey = :s and segment = 'all' "
                + "and (metric = 'respondents' or metric like :rows or metric like :columns)")
                .setParameter("s", d.key()).setParameter("rows", "option:" + rows.code() + ":%")
                .setParameter("columns", "option:" + columns.code() + ":%").getResultList();
        marginRows.forEach(r -> margins.put((String) r[0], new long[] {((Number) r[1]).longValue()}));
        List<String> rowOptions = crossOptions(rows, cells, rowsFirst);
        List<String> columnOptions = crossOptions(columns, cells, !rowsFirst);
        List<Long> rowTotals = rowOptions.stream().map(o -> count(margins, "option:" + rows.code() + ":" + o)).toList();
        List<Long> columnTotals = columnOptions.stream().map(o -> count(margins, "option:" + columns.code() + ":" + o)).toList();
        List<List<Long>> counts = new ArrayList<>();
        List<List<Double>> rowPercentages = new ArrayList<>();
        List<List<Double>> columnPercentages = new ArrayList<>();
        for (int i = 0; i < rowOptions.size(); i++) {
            List<Long> line = new ArrayList<>();
            List<Double> ofRow = new ArrayList<>();
            List<Double> ofColumn = new ArrayList<>();
            for (int j = 0; j < columnOptions.size(); j++) {
                String ro = rowOptions.get(i);
                String co = columnOptions.get(j);
                String key = rowsFirst ? "cross:" + rows.code() + ":" + ro + ":" + columns.code() + ":" + co
                        : "cross:" + columns.code() + ":" + co + ":" + rows.code() + ":" + ro;
                long n = count(cells, key);
                line.add(n);
                ofRow.add(percent(n, rowTotals.get(i)));
                ofColumn.add(percent(n, columnTotals.get(j)));
            }
            counts.add(line);
            rowPercentages.add(ofRow);
            columnPercentages.add(ofColumn);
        }
        return new SurveyStatistics.CrossTab(d.code(), d.version(), rows.code(), columns.code(), rowOptions,
                rowOptions.stream().map(o -> label(rows, o)).toList(), columnOptions,
                columnOptions.stream().map(o -> label(columns, o)).toList(), counts, rowTotals, columnTotals, rowPercentages,
                columnPercentages, count(margins, "respondents"));
    }

    /** {@code part} of {@code whole} in percent with one decimal; 0 when the whole is 0. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** The answers of one side of a cross-tab: its options, or the values seen (countries). */
    private static List<String> crossOptions(SurveyDefinition.Question q, Map<String, long[]> cells, boolean first) {
        if (q.isChoice()) {
            return q.optionCodes();
        }
        if (QuestionType.YES_NO.equals(q.type())) {
            return List.of("yes", "no");
        }
        return cells.keySet().stream().map(k -> k.split(":")).map(parts -> first ? parts[2] : parts[4]).distinct().sorted().toList();
    }

    private static List<String> optionsOf(SurveyDefinition.Question q, Map<String, long[]> counts) {
        if (q.isChoice()) {
            return q.optionCodes();
        }
        if (QuestionType.YES_NO.equals(q.type())) {
            return List.of("yes", "no");
        }
        String prefix = "option:" + q.code() + ":";
        return counts.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).sorted().toList();
    }

    /** An option's text, a country's English name (ISO 3166-1 alpha-2 code otherwise), or the value itself. */
    static String label(SurveyDefinition.Question q, String option) {
        if (q.isChoice()) {
            return q.labelOf(option);
        }
        if (QuestionType.COUNTRY.equals(q.type())) {
            return new Locale("", option).getDisplayCountry(Locale.ENGLISH);
        }
        return option;
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

    private static long count(Map<String, long[]> counts, String key) {
        long[] c = counts.get(key);
        return c == null ? 0 : c[0];
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
