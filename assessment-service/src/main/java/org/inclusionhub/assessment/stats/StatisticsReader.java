package org.inclusionhub.assessment.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.assessment.domain.FrameworkDefinition;

/** Reads the statistics projection (never the assessments themselves). */
@ApplicationScoped
public class StatisticsReader {

    private final EntityManager em;

    public StatisticsReader(EntityManager em) {
        this.em = em;
    }

    public FrameworkStatistics read(FrameworkDefinition f, String segment) {
        Map<String, double[]> rows = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("select metric, n, total from score_stat where framework = :f and segment = :s")
                .setParameter("f", f.key()).setParameter("s", segment).getResultList();
        for (Object[] r : result) {
            rows.put((String) r[0], new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()});
        }
        List<FrameworkStatistics.AreaMean> areas = f.areas().stream().map(a -> {
            double[] v = rows.getOrDefault("area:" + a.code(), new double[2]);
            return new FrameworkStatistics.AreaMean(a.code(), a.title(), (long) v[0], mean(v));
        }).toList();
        List<FrameworkStatistics.Band> bands = new ArrayList<>();
        for (int from = 0; from <= 90; from += 10) {
            bands.add(new FrameworkStatistics.Band(from, from + 10, (long) rows.getOrDefault("band:" + from, new double[2])[0]));
        }
        Map<String, String> texts = new HashMap<>();
        if (f.isBenchmark()) {
            f.questions().forEach(q -> texts.put(q.code(), q.text()));
        } else {
            f.items().forEach(i -> texts.put(i.code(), i.text()));
        }
        List<FrameworkStatistics.ItemRate> items = f.ratedCodes().stream().map(code -> {
            double[] v = rows.getOrDefault("item:" + code, new double[2]);
            Double m = mean(v);
            return new FrameworkStatistics.ItemRate(code, texts.get(code), (long) v[0],
                    f.isBenchmark() ? null : m, f.isBenchmark() ? m : null);
        }).sorted(Comparator.comparing((FrameworkStatistics.ItemRate i) -> i.rated() == 0)
                .thenComparing(i -> f.isBenchmark() ? i.meanMaturity() : i.metRate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FrameworkStatistics.ItemRate::code))
                .toList();
        double[] overall = rows.getOrDefault("overall", new double[2]);
        return new FrameworkStatistics(f.code(), f.version(), segment, (long) rows.getOrDefault("count", new double[2])[0],
                new FrameworkStatistics.Mean((long) overall[0], mean(overall)), areas, bands, items);
    }

    private static Double mean(double[] v) {
        return v[0] == 0 ? null : Math.round(v[1] / v[0] * 10000) / 10000.0;
    }
}
