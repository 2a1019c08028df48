package org.inclusionhub.practice.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A filtered list's page read in two statements, when a practice is deleted between them. */
class PageOfIdsTest {

    private static final PracticeQuery QUERY = new PracticeQuery(null, null, List.of("SE"), List.of(), List.of(), List.of(),
            List.of("published"), List.of(), List.of(), null, null, null, null, null, PracticeSort.TITLE, 0, 3, null);
    private static final Practices.Counts COUNTS = new Practices.Counts(4, null, List.of());

    private final List<UUID> ids = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID()).toList();
    private final List<String> keys = List.of("a", "b", "c", "d");

    private Map<UUID, Practice> foundExcept(UUID deleted) {
        Map<UUID, Practice> found = new HashMap<>();
        for (UUID id : ids.subList(0, 3)) {
            if (!id.equals(deleted)) {
                Practice practice = new Practice();
                practice.id = id;
                found.put(id, practice);
            }
        }
        return found;
    }

    @Test
    void aDeletedPracticeIsLeftOutAndTheNextPageStartsAfterThePagesLastRow() {
        Practices.Result page = Practices.pageOfIds(QUERY, PracticeSort.TITLE, ids, keys, foundExcept(ids.get(2)), COUNTS);

        assertThat(page.items()).extracting(hit -> hit.practice().id).containsExactly(ids.get(0), ids.get(1));
        assertThat(page.next()).as("the row beyond the page is still there").isNotNull();
        assertThat(page.next().key()).isEqualTo("c");
        assertThat(page.next().id()).isEqualTo(ids.get(2));
    }

    @Test
    void aPageWithoutARowBeyondItIsTheLast() {
        Practices.Result page = Practices.pageOfIds(QUERY, PracticeSort.TITLE, ids.subList(0, 3), keys.subList(0, 3),
                foundExcept(ids.get(0)), COUNTS);

        assertThat(page.items()).extracting(hit -> hit.practice().id).containsExactly(ids.get(1), ids.get(2));
        assertThat(page.next()).isNull();
    }
}
