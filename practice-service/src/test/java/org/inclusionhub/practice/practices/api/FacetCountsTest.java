package org.inclusionhub.practice.practices.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.create;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A list filtered by status alone reads its total and facets from the counts the database keeps; they must
 * equal the counts over the rows (the same list with a filter that keeps every row: all five scopes).
 */
@QuarkusTest
class FacetCountsTest {

    private static final String EVERY_SCOPE = "local,regional,national,transnational,global";

    @Test
    void keptFacetCountsEqualCountsOverTheRowsAfterEveryKindOfWrite() {
        String published = createPublished(practice("Facet counts, published"));
        String draft = create(practice("Facet counts, draft"));
        String deleted = create(practice("Facet counts, deleted draft"));
        Map<String, Object> changed = practice("Facet counts, published, themes changed");
        changed.put("themes", List.of("housing", "health"));
        changed.put("targetGroups", List.of("youth"));
        changed.put("country", "NL");
        asAdmin().header("If-Match", etag(published)).body(changed).put("/api/v1/practices/" + published).then().statusCode(200);
        asAdmin().header("If-Match", etag(draft)).post("/api/v1/practices/" + draft + "/publish").then().statusCode(200);
        asAdmin().header("If-Match", etag(draft)).post("/api/v1/practices/" + draft + "/archive").then().statusCode(200);
        asAdmin().header("If-Match", etag(deleted)).delete("/api/v1/practices/" + deleted).then().statusCode(204);

        JsonPath kept = given().get("/api/v1/practices").then().statusCode(200).extract().jsonPath();
        JsonPath scanned = given().queryParam("scope", EVERY_SCOPE).get("/api/v1/practices").then().statusCode(200)
                .extract().jsonPath();
        assertThat(kept.getLong("total")).isEqualTo(scanned.getLong("total")).isPositive();
        assertThat(kept.getMap("facets")).isEqualTo(scanned.getMap("facets"));
        assertThat(kept.getMap("facets.themes")).containsKeys("housing", "health");

        String all = "draft,published,archived";
        JsonPath keptAll = asAdmin().queryParam("status", all).get("/api/v1/practices").then().statusCode(200)
                .extract().jsonPath();
        JsonPath scannedAll = asAdmin().queryParam("status", all).queryParam("scope", EVERY_SCOPE).get("/api/v1/practices")
                .then().statusCode(200).extract().jsonPath();
        assertThat(keptAll.getLong("total")).isEqualTo(scannedAll.getLong("total"));
        assertThat(keptAll.getMap("facets")).isEqualTo(scannedAll.getMap("facets"));
    }

    private static String etag(String id) {
        return asAdmin().get("/api/v1/practices/" + id).then().statusCode(200).extract().header("ETag");
    }
}
