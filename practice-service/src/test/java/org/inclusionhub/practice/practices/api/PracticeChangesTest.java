package org.inclusionhub.practice.practices.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.create;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A portal mirrors the catalogue from the changes feed alone. Its practices are in VA, which no other test uses. */
@QuarkusTest
class PracticeChangesTest {

    @Test
    void aMirrorBuiltFromTheFeedEqualsTheCatalogueAfterAMixOfChanges() {
        String head = given().get("/api/v1/practices/changes").then().statusCode(200).extract().path("head");
        Set<String> ours = new HashSet<>();
        String kept = createPublished(vatican("Vatican language school"));
        String archived = createPublished(vatican("Vatican soup kitchen"));
        String draft = create(vatican("Vatican draft, published late"));
        String back = createPublished(vatican("Vatican choir, archived and back"));
        String deleted = create(vatican("Vatican draft, deleted"));
        ours.addAll(List.of(kept, archived, draft, back, deleted));

        Map<String, Object> changed = vatican("Vatican language school, renamed");
        asAdmin().header("If-Match", etag(kept)).body(changed).put("/api/v1/practices/" + kept).then().statusCode(200);
        asAdmin().header("If-Match", etag(archived)).post("/api/v1/practices/" + archived + "/archive").then().statusCode(200);
        asAdmin().header("If-Match", etag(back)).post("/api/v1/practices/" + back + "/archive").then().statusCode(200);
        asAdmin().header("If-Match", etag(back)).post("/api/v1/practices/" + back + "/publish").then().statusCode(200);
        asAdmin().header("If-Match", etag(draft)).post("/api/v1/practices/" + draft + "/publish").then().statusCode(200);
        asAdmin().header("If-Match", etag(deleted)).delete("/api/v1/practices/" + deleted).then().statusCode(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, String> mirror = mirrorFrom(head, ours);
            assertThat(mirror).isEqualTo(catalogue(ours));
            assertThat(mirror).containsKeys(kept, back, draft).doesNotContainKeys(archived, deleted)
                    .containsValue("Vatican language school, renamed@2");
        });
    }

    @Test
    void badPositionsAndLimitsAreProblemsNamingTheParameter() {
        given().queryParam("after", "yesterday").get("/api/v1/practices/changes").then().statusCode(400)
                .body("violations.field", hasItem("after"));
        given().queryParam("after", "99999999999999-0").get("/api/v1/practices/changes").then().statusCode(400)
                .body("violations.field", hasItem("after"));
        given().queryParam("after", "0-0").queryParam("limit", 0).get("/api/v1/practices/changes").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
        given().queryParam("after", "0-0").queryParam("limit", 1001).get("/api/v1/practices/changes").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
    }

    /** Follows the feed from {@code after} in pages of 2 through the Link header; keeps only {@code ours}. */
    private static Map<String, String> mirrorFrom(String after, Set<String> ours) {
        Map<String, String> mirror = new HashMap<>();
        String next = "/api/v1/practices/changes?after=" + after + "&limit=2";
        while (next != null) {
            Response page = given().get(next).then().statusCode(200).extract().response();
            JsonPath body = page.jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            for (Map<String, Object> item : items) {
                String id = (String) item.get("id");
                @SuppressWarnings("unchecked")
                Map<String, Object> practice = (Map<String, Object>) item.get("practice");
                if (!ours.contains(id)) {
                    continue;
                }
                if (practice == null) {
                    mirror.remove(id);
                } else {
                    mirror.put(id, practice.get("title") + "@" + practice.get("version"));
                }
            }
            String link = page.header("Link");
            next = items.isEmpty() ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        return mirror;
    }

    private static Map<String, String> catalogue(Set<String> ours) {
        List<Map<String, Object>> items = given().queryParam("country", "VA").queryParam("size", 100)
                .get("/api/v1/practices").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> published = new HashMap<>();
        items.stream().filter(i -> ours.contains((String) i.get("id")))
                .forEach(i -> published.put((String) i.get("id"), i.get("title") + "@" + i.get("version")));
        return published;
    }

    private static String etag(String id) {
        return asAdmin().get("/api/v1/practices/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> vatican(String title) {
        Map<String, Object> body = practice(title);
        body.put("country", "VA");
        body.put("city", "Vatican City");
        return body;
    }
}
