package org.inclusionhub.practice.practices;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list's statements are planned for their own values, never on a prepared statement's generic plan (which
 * guesses one share of matches for every country, theme and text; see {@code Practices.planForTheseValues}).
 */
@QuarkusTest
class ListPlanTest {

    @Inject
    Practices practices;

    @Inject
    EntityManager em;

    @Test
    void aListPlansForItsValuesAndOnlyInItsOwnTransaction() {
        PracticeQuery query = new PracticeQuery("Sprachkurse", null, List.of("DE"), List.of("language-learning"), List.of(),
                List.of(), List.of("published"), List.of(), List.of(), null, null, null, null, null, PracticeSort.RELEVANCE,
                0, 20, null);

        String during = QuarkusTransaction.requiringNew().call(() -> {
            practices.search(query);
            return planCacheMode();
        });

        assertThat(during).isEqualTo("force_custom_plan");
        assertThat(QuarkusTransaction.requiringNew().call(this::planCacheMode)).isEqualTo("auto");
    }

    private String planCacheMode() {
        return (String) em.createNativeQuery("select current_setting('plan_cache_mode')").getSingleResult();
    }
}
