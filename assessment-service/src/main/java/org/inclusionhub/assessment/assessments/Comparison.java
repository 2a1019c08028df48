package org.inclusionhub.assessment.assessments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Two assessments of one framework version side by side: what changed and how the scores moved. */
public record Comparison(UUID from, UUID to, String framework, int frameworkVersion, List<ChangedItem> changedItems,
        ScoreDelta overall, List<AreaDelta> areas) {

    /** A rated element whose rating differs; a missing rating is null. */
    public record ChangedItem(String item, String from, String to) {
    }

    public record ScoreDelta(Double from, Double to, Double delta) {
        static ScoreDelta of(Double from, Double to) {
            return new ScoreDelta(from, to, from == null || to == null ? null : Math.round((to - from) * 100) / 100.0);
        }
    }

    public record AreaDelta(String code, Double from, Double to, Double delta) {
    }

    /** @throws IllegalArgumentException when the two assessments use different framework versions */
    public static Comparison of(Assessment a, Assessment b) {
        if (!a.frameworkCode.equals(b.frameworkCode) || a.frameworkVersion != b.frameworkVersion) {
            throw new IllegalArgumentException("only assessments of the same framework version can be compared ("
                    + a.frameworkCode + "@" + a.frameworkVersion + " and " + b.frameworkCode + "@" + b.frameworkVersion + ")");
        }
        Map<String, String> ra = ratings(a);
        Map<String, String> rb = ratings(b);
        Set<String> codes = new LinkedHashSet<>(ra.keySet());
        codes.addAll(rb.keySet());
        List<ChangedItem> changed = new ArrayList<>();
        for (String code : codes) {
            if (!Objects.equals(ra.get(code), rb.get(code))) {
                changed.add(new ChangedItem(code, ra.get(code), rb.get(code)));
            }
        }
        List<AreaDelta> areas = new ArrayList<>();
        for (Scores.AreaScore area : a.scores.areas()) {
            ScoreDelta d = ScoreDelta.of(area.line().score(), b.scores.area(area.code()).line().score());
            areas.add(new AreaDelta(area.code(), d.from(), d.to(), d.delta()));
        }
        return new Comparison(a.id, b.id, a.frameworkCode, a.frameworkVersion, changed,
                ScoreDelta.of(a.scores.overall().score(), b.scores.overall().score()), areas);
    }

    /** Effective ratings: those of a question marked not applicable do not count. */
    private static Map<String, String> ratings(Assessment a) {
        Map<String, String> map = new LinkedHashMap<>();
        a.ratings.forEach(r -> map.put(r.item(), r.rating()));
        return map;
    }
}
