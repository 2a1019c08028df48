package org.inclusionhub.practice.practices.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.create;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The published practices per year of publication ({@code publishedPerYear} of the list): kept by the facet
 * triggers (V6), they follow publishing, archiving, publishing again and deleting, and equal a GROUP BY over the
 * practice rows after a mixed series of writes. Each test moves its practices to years of its own, by SQL as a
 * data fix would, so the years between show as 0.
 */
@QuarkusTest
class PublishedPerYearTest {

    private static final String EVERY_SCOPE = "local,regional,national,transnational,global";

    @Inject
    EntityManager em;

    @Test
    void perYearCountsFollowPublishingArchivingAndDeleting() {
        int thisYear = Instant.now().atZone(ZoneOffset.UTC).getYear();
        // one that stays published this year, so the years from 2004 on are listed whatever ran before
        createPublished(practice("Per year, stays"));
        Map<Integer, Long> before = kept();

        String id = create(practice("Per year, followed"));
        assertKept("a draft counts in no year", before);
        publish(id);
        assertKept("published", plus(before, thisYear, 1));
        archive(id);
        assertKept("archived", before);
        publish(id);
        assertKept("published again", plus(before, thisYear, 1));

        // 18:00 UTC on 31 December 2004 is 2005 in the writer's time zone (UTC+14): it counts in 2004
        sql("update practice set published_at = timestamptz '2004-12-31 18:00:00+00' where id = cast(:id as uuid)", id);
        Map<Integer, Long> moved = plus(before, 2004, 1);
        assertKept("publication moved to 2004 (UTC)", moved);
        List<Map<String, Object>> answer = answered(given().get("/api/v1/practices?size=1").then().statusCode(200)
                .extract().jsonPath());
        assertThat(answer.get(0)).isEqualTo(Map.of("year", 2004, "count", 1));
        assertThat(answer.get(1)).as("the years between show as 0").isEqualTo(Map.of("year", 2005, "count", 0));

        String draft = create(practice("Per year, deleted draft"));
        asAdmin().header("If-Match", etag(draft)).delete("/api/v1/practices/" + draft).then().statusCode(204);
        assertKept("a deleted draft counted in no year", moved);
        archive(id);
        assertKept("archived after the move", before);
        publish(id);
        assertKept("published again: the year of the new publication", plus(before, thisYear, 1));

        String gone = createPublished(practice("Per year, deleted while published"));
        sql("update practice set published_at = timestamptz '2004-06-01 12:00:00+00' where id = cast(:id as uuid)", gone);
        assertKept("another one published in 2004", plus(plus(before, thisYear, 1), 2004, 1));
        // the API deletes drafts only; a row deleted in the database (a data fix) leaves its year too
        sql("delete from practice where id = cast(:id as uuid)", gone);
        assertKept("a published row deleted", plus(before, thisYear, 1));
        assertKept("a GROUP BY over the rows", recomputed());
    }

    @Test
    void keptPerYearCountsEqualAGroupByOverThePracticeRowsAfterAMixedSeries() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(i % 2 == 0 ? createPublished(practice("Per year, mixed " + i)) : create(practice("Per year, mixed " + i)));
        }
        List<Map<String, Object>> imported = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            imported.add(practice("Per year, imported " + i));
        }
        List<String> importedIds = asAdmin().queryParam("publish", true).body(imported).post("/api/v1/practices/import")
                .then().statusCode(200).extract().jsonPath().getList("ids", String.class);
        assertThat(importedIds).hasSize(3);

        publish(ids.get(1));
        archive(ids.get(2));
        archive(ids.get(3));
        publish(ids.get(2));
        Map<String, Object> changed = practice("Per year, mixed 4, content changed");
        changed.put("themes", List.of("housing"));
        asAdmin().header("If-Match", etag(ids.get(4))).body(changed).put("/api/v1/practices/" + ids.get(4)).then().statusCode(200);
        asAdmin().header("If-Match", etag(ids.get(5))).delete("/api/v1/practices/" + ids.get(5)).then().statusCode(204);
        // one statement moving several rows, published and not, across years and a UTC year boundary
        sql("update practice set published_at = case"
                + " when id = cast(:a as uuid) then timestamptz '2010-03-01 10:00:00+00'"
                + " when id = cast(:b as uuid) then timestamptz '2012-01-01 00:30:00+01'"
                + " when id = cast(:c as uuid) then timestamptz '2012-01-01 00:00:00+00'"
                + " else timestamptz '2010-12-31 12:00:00+00' end"
                + " where id in (cast(:a as uuid), cast(:b as uuid), cast(:c as uuid), cast(:d as uuid), cast(:e as uuid))",
                Map.of("a", ids.get(0), "b", ids.get(1), "c", importedIds.get(0), "d", ids.get(3), "e", importedIds.get(1)));
        // one statement changing the status of several rows (a bulk archive)
        sql("update practice set status = 'archived' where id in (cast(:a as uuid), cast(:b as uuid))",
                Map.of("a", importedIds.get(1), "b", ids.get(6)));
        publish(ids.get(7));
        archive(ids.get(7));

        Map<Integer, Long> recomputed = recomputed();
        assertThat(recomputed).containsKeys(2010, 2011, 2012);
        assertThat(recomputed.get(2011)).as("00:30 on 1 January 2012 at UTC+1 is 2011 in UTC").isPositive();
        assertThat(kept()).isEqualTo(recomputed);
        // the rows of the kept facet, those above 0, are the GROUP BY itself
        assertThat(keptRows()).isEqualTo(recomputed);
        // the same answer over the rows (a filter that keeps every row) and for a key that sees every status
        JsonPath scanned = given().queryParam("scope", EVERY_SCOPE).get("/api/v1/practices").then().statusCode(200)
                .extract().jsonPath();
        assertThat(nonZero(answered(scanned))).isEqualTo(recomputed);
        String all = "draft,published,archived";
        assertThat(nonZero(answered(asAdmin().queryParam("status", all).get("/api/v1/practices").then().statusCode(200)
                .extract().jsonPath()))).isEqualTo(recomputed);
        assertThat(nonZero(answered(asAdmin().queryParam("status", all).queryParam("scope", EVERY_SCOPE)
                .get("/api/v1/practices").then().statusCode(200).extract().jsonPath()))).isEqualTo(recomputed);
        // no year for drafts and archived practices, kept or scanned
        assertThat(answered(asAdmin().queryParam("status", "draft,archived").get("/api/v1/practices").then().statusCode(200)
                .extract().jsonPath())).isEmpty();
        assertThat(answered(asAdmin().queryParam("status", "draft,archived").queryParam("scope", EVERY_SCOPE)
                .get("/api/v1/practices").then().statusCode(200).extract().jsonPath())).isEmpty();
        // a filtered list counts its own matches
        assertThat(nonZero(answered(given().queryParam("theme", "housing").get("/api/v1/practices").then().statusCode(200)
                .extract().jsonPath()))).isEqualTo(recomputed("'housing' = any(themes)"));
    }

    /** The public list's per-year counts and the kept rows of every status are these (zeros left out). */
    private void assertKept(String description, Map<Integer, Long> expected) {
        assertThat(kept()).as("publishedPerYear: " + description).isEqualTo(expected);
        assertThat(keptRows()).as("practice_facet_count: " + description).isEqualTo(expected);
    }

    /** The public list's publishedPerYear (kept counts: no filter but the status), as year to count, zeros left out. */
    private static Map<Integer, Long> kept() {
        return nonZero(answered(given().get("/api/v1/practices?size=1").then().statusCode(200).extract().jsonPath()));
    }

    /** publishedPerYear of an answer, checked to be ascending and contiguous. */
    private static List<Map<String, Object>> answered(JsonPath answer) {
        List<Map<String, Object>> years = answer.getList("publishedPerYear");
        assertThat(years).as("publishedPerYear").isNotNull();
        if (!years.isEmpty()) {
            int first = (Integer) years.get(0).get("year");
            assertThat(years.stream().map(y -> y.get("year")).toList()).as("ascending, contiguous years")
                    .isEqualTo(IntStream.range(first, first + years.size()).boxed().toList());
            assertThat(years.get(0).get("count")).as("the first year has some").isNotEqualTo(0);
            assertThat(years.get(years.size() - 1).get("count")).as("the last year has some").isNotEqualTo(0);
        }
        return years;
    }

    private static Map<Integer, Long> nonZero(List<Map<String, Object>> years) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (Map<String, Object> y : years) {
            long count = ((Number) y.get("count")).longValue();
            if (count != 0) {
                counts.put((Integer) y.get("year"), count);
            }
        }
        return counts;
    }

    private static Map<Integer, Long> plus(Map<Integer, Long> counts, int year, long delta) {
        Map<Integer, Long> changed = new TreeMap<>(counts);
        changed.merge(year, delta, Long::sum);
        changed.values().removeIf(n -> n == 0);
        return changed;
    }

    /** The published practices per calendar year (UTC) of publication, counted over the practice rows. */
    private Map<Integer, Long> recomputed() {
        return recomputed("true");
    }

    @SuppressWarnings("unchecked")
    private Map<Integer, Long> recomputed(String condition) {
        return QuarkusTransaction.requiringNew().call(() -> toMap(em.createNativeQuery(
                "select cast(date_part('year', published_at at time zone 'UTC') as integer), count(*) from practice"
                        + " where status = 'published' and published_at is not null and " + condition + " group by 1")
                .getResultList()));
    }

    /** The kept publishedYear rows of practice_facet_count above 0, summed over statuses. */
    @SuppressWarnings("unchecked")
    private Map<Integer, Long> keptRows() {
        return QuarkusTransaction.requiringNew().call(() -> toMap(em.createNativeQuery(
                "select cast(value as integer), sum(n) from practice_facet_count where facet = 'publishedYear'"
                        + " group by value having sum(n) <> 0").getResultList()));
    }

    private static Map<Integer, Long> toMap(List<Object[]> rows) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private void sql(String statement, String id) {
        sql(statement, Map.of("id", id));
    }

    /**
     * Runs a statement in a transaction of its own whose time zone is UTC+14, where the last 14 hours of a UTC
     * year are the next year: the triggers must count in UTC whatever the writer's time zone.
     */
    private void sql(String statement, Map<String, String> params) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select set_config('TimeZone', 'Pacific/Kiritimati', true)").getSingleResult();
            var query = em.createNativeQuery(statement);
            new HashMap<>(params).forEach(query::setParameter);
            assertThat(query.executeUpdate()).isPositive();
        });
    }

    private static void publish(String id) {
        asAdmin().header("If-Match", etag(id)).post("/api/v1/practices/" + id + "/publish").then().statusCode(200);
    }

    private static void archive(String id) {
        asAdmin().header("If-Match", etag(id)).post("/api/v1/practices/" + id + "/archive").then().statusCode(200);
    }

    private static String etag(String id) {
        return asAdmin().get("/api/v1/practices/" + id).then().statusCode(200).extract().header("ETag");
    }
}
