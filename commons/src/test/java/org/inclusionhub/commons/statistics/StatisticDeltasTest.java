package org.inclusionhub.commons.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic both statistics projections share: folding contributions per subject and key. */
class StatisticDeltasTest {

    private static final StatisticKey SCORE = new StatisticKey("country:BE", "overall");
    private static final StatisticKey COUNT = StatisticKey.all("count");

    @Test
    void aContributionAddedAndWithdrawnInOneBatchFoldsToExactlyZero() {
        StatisticDeltas deltas = new StatisticDeltas();
        Map<StatisticKey, Amount> first = Map.of(SCORE, Amount.one(0.1), COUNT, Amount.ONE);
        Map<StatisticKey, Amount> second = Map.of(SCORE, Amount.one(0.2), COUNT, Amount.ONE);
        deltas.add("spring@1", first, 1);
        deltas.add("spring@1", second, 1);
        deltas.add("spring@1", first, -1);
        deltas.add("spring@1", second, -1);

        // with doubles, 0.1 + 0.2 - 0.1 - 0.2 leaves 2.8e-17; the decimals leave nothing
        assertThat(deltas.bySubject().get("spring@1").values()).allMatch(Amount::isZero);
        assertThat(deltas.subjects()).containsExactly("spring@1");
    }

    @Test
    void deltasAreKeptPerSubjectAndSummedPerKey() {
        StatisticDeltas deltas = new StatisticDeltas();
        deltas.add("spring@1", Map.of(SCORE, Amount.one(75)), 1);
        deltas.add("spring@1", Map.of(SCORE, Amount.one(25)), 1);
        deltas.add("spring@2", Map.of(SCORE, Amount.one(50)), -1);

        assertThat(deltas.bySubject().get("spring@1")).containsEntry(SCORE, new Amount(2, new BigDecimal("100.0")));
        assertThat(deltas.bySubject().get("spring@2")).containsEntry(SCORE, new Amount(-1, new BigDecimal("-50.0")));
    }

    @Test
    void aKeyOwnsItsTextForm() {
        StatisticKey key = new StatisticKey("theme:employment", "item:1.2");
        assertThat(key.text()).isEqualTo("theme:employment|item:1.2");
        assertThat(StatisticKey.parse(key.text())).isEqualTo(key);
        // a metric may itself hold the separator's neighbours, never the separator: the first bar splits
        assertThat(StatisticKey.parse("all|cross:q1:a:q2:b")).isEqualTo(StatisticKey.all("cross:q1:a:q2:b"));
        assertThatThrownBy(() -> StatisticKey.parse("count")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableNamesMustBeIdentifiers() {
        assertThatThrownBy(() -> new StatisticTable("score_stat; drop table x", "framework"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
