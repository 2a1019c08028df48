package org.inclusionhub.assessment.assessments.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A portal mirrors the public assessments incrementally: from the changes feed (submissions and withdrawals, never
 * drafts) and by keyset pages that neither repeat nor skip while assessments are submitted between two pages.
 * Its places are in Andorra (AD), which no other test uses.
 */
@QuarkusTest
class AssessmentMirrorTest {

    @Test
    void aMirrorBuiltFromTheChangesFeedEqualsThePublicAssessments() {
        String head = given().get("/api/v1/assessments/changes").then().statusCode(200).extract().path("head");
        String kept = submit("Andorra la Vella");
        String withdrawn = submit("Escaldes-Engordany");
        String draft = asAdmin().body(place("Encamp")).post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        asAdmin().post("/api/v1/assessments/" + withdrawn + "/withdraw").then().statusCode(200);

        Map<String, String> mirror = new HashMap<>();
        String after = head;
        for (int i = 0; i < 20; i++) {
            JsonPath page = given().queryParam("after", after).queryParam("limit", 2).get("/api/v1/assessments/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                break;
            }
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> assessment = (Map<String, Object>) item.get("assessment");
                mirror.put((String) assessment.get("id"), (String) assessment.get("status"));
            }
            after = page.getString("next");
        }
        assertThat(mirror).containsEntry(kept, "submitted").containsEntry(withdrawn, "withdrawn").doesNotContainKey(draft);
    }

    @Test
    void cursorPagesNeitherRepeatNorSkipWhileAssessmentsAreSubmitted() {
        List<String> before = new ArrayList<>();
        for (String town : List.of("Canillo", "La Massana", "Ordino", "Sant Julià de Lòria", "Pas de la Casa")) {
            before.add(0, submit(town)); // the list is newest first
        }
        JsonPath first = given().queryParam("subjectCountry", "AD").queryParam("size", 2).get("/api/v1/assessments")
                .then().statusCode(200).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("items.id"));
        String cursor = first.getString("next");
        submit("Arinsal"); // newer than every page: an offset page 1 would now repeat an item
        while (cursor != null) {
            JsonPath page = given().queryParam("subjectCountry", "AD").queryParam("size", 2).queryParam("cursor", cursor)
                    .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        }
        List<String> ours = seen.stream().filter(before::contains).toList();
        assertThat(ours).isEqualTo(before);
        assertThat(seen).doesNotHaveDuplicates();
    }

    @Test
    void aForgedCursorOrACursorWithAPageIsRefusedNamingIt() {
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/assessments").then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
        String next = given().queryParam("size", 1).get("/api/v1/assessments").then().extract().path("next");
        if (next != null) {
            given().queryParam("cursor", next).queryParam("page", 2).get("/api/v1/assessments").then().statusCode(400)
                    .body("violations.field", hasItem("page"));
        }
        given().queryParam("after", "yesterday").get("/api/v1/assessments/changes").then().statusCode(400)
                .body("violations.field", hasItem("after"));
        given().queryParam("after", "0-0").queryParam("limit", 1001).get("/api/v1/assessments/changes").then()
                .statusCode(400).body("violations.field", hasItem("limit"));
    }

    private static String submit(String town) {
        return asAdmin().queryParam("submit", true).body(place(town)).post("/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> place(String town) {
        return Map.of("framework", "inclucities-benchmarks", "assessor", "Mirror test",
                "subject", Map.of("type", "place", "name", town, "country", "AD"),
                "ratings", List.of(Map.of("item", "BM0.KF1", "rating", "2")));
    }
}
