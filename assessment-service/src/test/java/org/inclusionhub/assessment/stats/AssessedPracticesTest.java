package org.inclusionhub.assessment.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;
import static org.inclusionhub.assessment.AssessmentFixtures.practiceTitled;
import static org.inclusionhub.assessment.AssessmentFixtures.springAssessment;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dashboard's picker names assessed practices by title, and the comparison names its practice. */
@QuarkusTest
class AssessedPracticesTest {

    @Test
    void assessedPracticesAreFoundByPartOfTheirTitle() {
        UUID assessed = practice("published", "LU", List.of("employment"));
        UUID notAssessed = practice("published", "LU", List.of("employment"));
        asAdmin().queryParam("submit", true).body(springAssessment(assessed, "met")).post("/api/v1/assessments").then()
                .statusCode(201);
        String part = assessed.toString().substring(0, 13).toUpperCase(); // the fixture titles are "Practice <id>"

        given().queryParam("q", part).get("/api/v1/frameworks/spring-gpc/statistics/practices").then().statusCode(200)
                .body("items.practiceId", contains(assessed.toString()))
                .body("items[0].title", equalTo("Practice " + assessed));
        given().queryParam("q", notAssessed.toString()).get("/api/v1/frameworks/spring-gpc/statistics/practices").then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty());
        given().get("/api/v1/frameworks/spring-gpc/statistics/practices/" + assessed).then().statusCode(200)
                .body("title", equalTo("Practice " + assessed));
        given().queryParam("q", "x".repeat(101)).queryParam("size", 0).get("/api/v1/frameworks/spring-gpc/statistics/practices")
                .then().statusCode(400).body("violations.field", hasItem("q")).body("violations.field", hasItem("size"));
    }

    @Test
    void thePickerIgnoresCaseAccentsAndWordOrderAsTheCatalogueDoes() {
        UUID malmo = practiceTitled("Välkomstdesk Malmö för nyanlända", "SE");
        asAdmin().queryParam("submit", true).body(springAssessment(malmo, "met")).post("/api/v1/assessments").then().statusCode(201);
        for (String q : new String[] {"malmo", "MALMÖ", "nyanlanda malmo", "valkomstdesk"}) {
            given().queryParam("q", q).get("/api/v1/frameworks/spring-gpc/statistics/practices").then().statusCode(200)
                    .body("items.practiceId", hasItem(malmo.toString()));
        }
        // a LIKE wildcard in q is a character to find, not a wildcard
        given().queryParam("q", "malm_").get("/api/v1/frameworks/spring-gpc/statistics/practices").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }
}
