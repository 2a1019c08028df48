package org.inclusionhub.commons.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The changes one batch of events makes to a statistics projection, folded in memory before one write: per
 * subject (a survey or framework version key such as {@code erasmi-networks@2}), per key, the sum of the
 * contributions added and subtracted. A contribution added and then withdrawn in the same batch folds to zero
 * and is not written ({@link StatisticTable#add}).
 */
public final class StatisticDeltas {

    private final Map<String, Map<StatisticKey, Amount>> bySubject = new HashMap<>();

    /** Adds ({@code sign} 1) or subtracts ({@code sign} -1) one contribution to {@code subject}. */
    public void add(String subject, Map<StatisticKey, Amount> contribution, int sign) {
        Map<StatisticKey, Amount> deltas = bySubject.computeIfAbsent(subject, s -> new HashMap<>());
        contribution.forEach((key, amount) -> deltas.merge(key, amount.times(sign), Amount::plus));
    }

    /** The subjects whose figures this batch touched, for the change log. */
    public Set<String> subjects() {
        return bySubject.keySet();
    }

    /** Per subject, per key, the folded change. */
    public Map<String, Map<StatisticKey, Amount>> bySubject() {
        return bySubject;
    }
}
