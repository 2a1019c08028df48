package org.inclusionhub.practice.practices;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.inclusionhub.practice.PracticeFixtures;
import org.junit.jupiter.api.Test;

/**
 * A list's and an export's statements are planned for their own values, never on a prepared statement's generic plan (which
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

    @Test
    void anExportPlansForItsValuesAndOnlyInItsOwnTransaction() {
        PracticeFixtures.createPublished(PracticeFixtures.practice("Export plan " + java.util.UUID.randomUUID()));
        PracticeQuery query = new PracticeQuery(null, null, List.of("BE"), List.of(), List.of("refugees"), List.of(),
                List.of("published"), List.of(), List.of(), null, null, null, null, null, PracticeSort.TITLE, 0, 20, null);
        List<String> during = new java.util.ArrayList<>();

        practices.forEach(query, practice -> during.add(planCacheMode()));
        during.add(QuarkusTransaction.requiringNew().call(this::planCacheMode));

        assertThat(during).as("one mode per exported practice, then after the export").isNotEmpty()
                .last().isEqualTo("auto");
        assertThat(during.subList(0, during.size() - 1)).isNotEmpty().containsOnly("force_custom_plan");
    }

    @Test
    void aListNeitherFlushesNorKeepsSnapshotsOfWhatItReads() {
        String title = "Read-only list " + java.util.UUID.randomUUID();
        String id = PracticeFixtures.createPublished(PracticeFixtures.practice(title));
        PracticeQuery query = new PracticeQuery("\"" + title + "\"", null, List.of(), List.of(), List.of(), List.of(),
                List.of("published"), List.of(), List.of(), null, null, null, null, null, PracticeSort.RELEVANCE, 0, 20, null);

        QuarkusTransaction.begin();
        try {
            Practice changed = em.find(Practice.class, java.util.UUID.fromString(id));
            changed.title = "Renamed, not flushed";
            Practices.Result result = practices.search(query);
            // without a flush before its statements, the list still finds the title as committed
            assertThat(result.items()).extracting(hit -> hit.practice().id).containsExactly(changed.id);
        } finally {
            QuarkusTransaction.rollback();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Practices.Result result = practices.search(query);
            org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
            assertThat(result.items()).isNotEmpty().allSatisfy(hit -> assertThat(session.isReadOnly(hit.practice())).isTrue());
        });
    }

    private String planCacheMode() {
        return (String) em.createNativeQuery("select current_setting('plan_cache_mode')").getSingleResult();
    }
}
