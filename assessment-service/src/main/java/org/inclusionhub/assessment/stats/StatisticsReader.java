package org.inclusionhub.assessment.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.commons.statistics.Amount;

/** Reads the statistics projection (never the assessments themselves). */
@ApplicationScoped
public class StatisticsReader {

    private final ScoreStatisticsStore store;

    public StatisticsReader(ScoreStatisticsStore store) {
        this.store = store;
    }

    /** The statistics of one segment ('all', or one of {@link ScoreMetric}'s segments) of a framework version. */
    @Transactional
    public FrameworkStatistics read(FrameworkDefinition f, String segment) {
        Map<String, Amount> rows = store.figures(f.key(), segment);
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
        return new FrameworkStatistics(f.code(), f.version(), segment, rows.getOrDefault(ScoreMetric.COUNT, Amount.ZERO).n(),
                new FrameworkStatistics.Mean(overall.n(), mean(overall)), areas, bands, items);
    }

    /** The mean rounded to four decimals; null when nothing was counted. */
    private static Double mean(Amount v) {
        return v.n() == 0 ? null : Math.round(v.total().doubleValue() / v.n() * 10000) / 10000.0;
    }
}
