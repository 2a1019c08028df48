package org.inclusionhub.assessment.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.statistics.StatisticKey;

/**
 * Reads the statistics projection (never the assessments themselves): {@code score_stat} and
 * {@code score_timeline} as they are kept, or, for a range of submission dates or the timeline of a segment, the
 * recorded contributions summed at read time.
 */
@ApplicationScoped
public class StatisticsReader {

    private final ScoreStatisticsStore store;

    public StatisticsReader(ScoreStatisticsStore store) {
        this.store = store;
    }

    /** The statistics of one segment ('all', or one of {@link ScoreMetric}'s segments) of a framework version. */
    @Transactional
    public FrameworkStatistics read(FrameworkDefinition f, String segment) {
        return read(f, segment, SubmissionRange.ALL);
    }

    /**
     * The statistics of one segment of a framework version over the assessments submitted in {@code range}:
     * unbounded, as the projection keeps them; bounded, summed from the recorded contributions.
     */
    @Transactional
    public FrameworkStatistics read(FrameworkDefinition f, String segment, SubmissionRange range) {
        Map<String, Amount> rows = range.isBounded() ? store.figures(f.key(), segment, range) : store.figures(f.key(), segment);
        Map<LocalDate, Long> months = range.isBounded() || !StatisticKey.ALL.equals(segment)
                ? store.timeline(f.key(), segment, range) : store.timeline(f.key());
        List<FrameworkStatistics.AreaMean> areas = f.areas().stream().map(a -> {
            Amount v = rows.getOrDefault(ScoreMetric.area(a.code()), Amount.ZERO);
            return new FrameworkStatistics.AreaMean(a.code(), a.title(), v.n(), mean(v));
        }).toList();
        List<FrameworkStatistics.Band> bands = new ArrayList<>();
        for (int from = 0; from <= 90; from += 10) {
            bands.add(new FrameworkStatistics.Band(from, from + 10, rows.getOrDefault(ScoreMetric.band(from), Amount.ZERO).n()));
        }
        Map<String, String> texts = new HashMap<>();
        if (f.isBenchmark()) {
            f.questions().forEach(q -> texts.put(q.code(), q.text()));
        } else {
            f.items().forEach(i -> texts.put(i.code(), i.text()));
        }
        List<FrameworkStatistics.ItemRate> items = f.ratedCodes().stream().map(code -> {
            Amount v = rows.getOrDefault(ScoreMetric.item(code), Amount.ZERO);
            Double m = mean(v);
            return new FrameworkStatistics.ItemRate(code, texts.get(code), v.n(),
                    f.isBenchmark() ? null : m, f.isBenchmark() ? m : null);
        }).sorted(Comparator.comparing((FrameworkStatistics.ItemRate i) -> i.rated() == 0)
                .thenComparing(i -> f.isBenchmark() ? i.meanMaturity() : i.metRate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FrameworkStatistics.ItemRate::code))
                .toList();
        Amount overall = rows.getOrDefault(ScoreMetric.OVERALL, Amount.ZERO);
        return new FrameworkStatistics(f.code(), f.version(), segment, range.from(), range.to(),
                rows.getOrDefault(ScoreMetric.COUNT, Amount.ZERO).n(), new FrameworkStatistics.Mean(overall.n(), mean(overall)),
                areas, bands, items, contiguous(months));
    }

    /** The months from the first to the last with assessments, the ones in between with 0. */
    static List<FrameworkStatistics.MonthCount> contiguous(Map<LocalDate, Long> months) {
        List<FrameworkStatistics.MonthCount> timeline = new ArrayList<>();
        List<LocalDate> counted = months.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted().toList();
        if (counted.isEmpty()) {
            return timeline;
        }
        LocalDate last = counted.get(counted.size() - 1);
        for (LocalDate m = counted.get(0); !m.isAfter(last); m = m.plusMonths(1)) {
            timeline.add(new FrameworkStatistics.MonthCount(m, months.getOrDefault(m, 0L)));
        }
        return timeline;
    }

    /** The mean rounded to four decimals; null when nothing was counted. */
    private static Double mean(Amount v) {
        return v.n() == 0 ? null : Math.round(v.total().doubleValue() / v.n() * 10000) / 10000.0;
    }
}
