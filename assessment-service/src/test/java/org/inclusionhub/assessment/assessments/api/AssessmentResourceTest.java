package org.inclusionhub.assessment.assessments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.commons.testing.ApiClient.issueKey;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;
import static org.inclusionhub.assessment.AssessmentFixtures.practiceEvent;
import static org.inclusionhub.assessment.AssessmentFixtures.springAssessment;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    @Test
    void aDraftIsEditedWithIfMatchThenSubmittedAndBecomesImmutable() {
        UUID practice = practice("published", "BE", List.of("employment"));
        String partner = issueKey("partner", "assessing-partner");
        String id = as(partner).body(springAssessment(practice, "met")).post("/api/v1/assessments").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("draft"))
                .body("scores.overall.met", equalTo(3))
                .body("scores.overall.rated", equalTo(4))
                .body("scores.overall.score", equalTo(75.0f))
                .body("scores.areas[0].questions[2].applicable", equalTo(false))
                .extract().path("id");

        as(partner).header("If-Match", "\"0\"").body(springAssessment(practice, "not-met"))
                .put("/api/v1/assessments/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("scores.overall.score", equalTo(50.0f));
        as(partner).header("If-Match", "\"0\"").body(springAssessment(practice, "met"))
                .put("/api/v1/assessments/" + id).then().statusCode(412);

        // drafts are private to their owner (and admins)
        given().get("/api/v1/assessments/" + id).then().statusCode(404);
        as(issueKey("partner", "other-partner")).get("/api/v1/assessments/" + id).then().statusCode(404);

        as(partner).post("/api/v1/assessments/" + id + "/submit").then().statusCode(200).body("status", equalTo("submitted"));
        given().get("/api/v1/assessments/" + id).then().statusCode(200).body("scores.areas.code", contains("IP", "RC", "PC"));
        as(partner).header("If-Match", "\"2\"").body(springAssessment(practice, "met"))
                .put("/api/v1/assessments/" + id).then().statusCode(409)
                .body("detail", containsString("a revision is a new assessment"));

        as(partner).post("/api/v1/assessments/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("withdrawn"));
        as(partner).post("/api/v1/assessments/" + id + "/withdraw").then().statusCode(409);
        given().queryParam("practiceId", practice.toString()).get("/api/v1/assessments").then()
                .body("total", equalTo(1)).body("items[0].status", equalTo("withdrawn"));
    }

    @Test
    void unknownCodesAndRatingsOffTheScaleAnswer400AndStoreNothing() {
        UUID practice = practice("published", "BE", List.of("housing"));
        Map<String, Object> body = springAssessment(practice, "excellent");
        body.put("answers", List.of(Map.of("question", "XX.9", "applicable", true)));
        asAdmin().body(body).post("/api/v1/assessments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("answers[0].question", "ratings[0].rating"));
        Map<String, Object> unknownFramework = springAssessment(practice, "met");
        unknownFramework.put("framework", "no-such-framework");
        asAdmin().body(unknownFramework).post("/api/v1/assessments").then().statusCode(400)
                .body("violations[0].field", equalTo("framework"));
        Map<String, Object> unknownVersion = springAssessment(practice, "met");
        unknownVersion.put("frameworkVersion", 99);
        asAdmin().body(unknownVersion).post("/api/v1/assessments").then().statusCode(400)
                .body("violations[0].field", equalTo("frameworkVersion"));
        given().queryParam("version", 0).get("/api/v1/frameworks/spring-gpc").then().statusCode(400)
                .body("violations[0].field", equalTo("version"));
        asAdmin().queryParam("practiceId", practice.toString()).queryParam("status", "draft").get("/api/v1/assessments")
                .then().body("total", equalTo(0));
    }

    @Test
    void unknownOrArchivedPracticesAnswer422() {
        asAdmin().body(springAssessment(UUID.randomUUID(), "met")).post("/api/v1/assessments").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("not in the catalogue"));
        UUID archived = practice("published", "BE", List.of("health"));
        practiceEvent(archived, "practice.archived", "archived", "BE", List.of("health"), 2);
        asAdmin().body(springAssessment(archived, "met")).post("/api/v1/assessments").then().statusCode(422)
                .body("detail", containsString("archived"));
        // an older event arriving late does not bring the practice back
        practiceEvent(archived, "practice.updated", "archived", "BE", List.of("health"), 2);
    }

    @Test
    void benchmarksAssessPlacesOnTheMaturityScale() {
        Map<String, Object> body = Map.of("framework", "inclucities-benchmarks", "assessor", "City team",
                "subject", Map.of("type", "place", "name", "Mechelen", "country", "BE"),
                "answers", List.of(Map.of("question", "BM0.KF1.Q1", "narrative", "Yes, since 2015.")),
                "ratings", List.of(Map.of("item", "BM0.KF1", "rating", "3"), Map.of("item", "BM0.KF2", "rating", "1")));
        asAdmin().queryParam("submit", true).body(body).post("/api/v1/assessments").then().statusCode(201)
                .body("scores.kind", equalTo("benchmark"))
                .body("scores.overall.meanMaturity", equalTo(2.0f))
                .body("scores.overall.score", equalTo(66.67f))
                .body("scores.overall.rated", equalTo(2))
                .body("scores.overall.total", equalTo(43))
                .body("scores.overall.met", nullValue());
        Map<String, Object> offScale = Map.of("framework", "inclucities-benchmarks", "assessor", "City team",
                "subject", Map.of("type", "place", "name", "Mechelen", "country", "BE"),
                "ratings", List.of(Map.of("item", "BM0.KF1", "rating", "4"), Map.of("item", "BM0.KF1.Q1", "rating", "met")));
        asAdmin().body(offScale).post("/api/v1/assessments").then().statusCode(400)
                .body("violations.field", contains("ratings[0].rating", "ratings[1].item"));
        given().queryParam("subjectName", "Mechelen").queryParam("subjectCountry", "BE").get("/api/v1/assessments/history")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].overall", equalTo(66.67f));
    }

    @Test
    void comparesTwoAssessmentsAndShowsASubjectsHistory() {
        UUID practice = practice("published", "NL", List.of("education-and-training"));
        String first = asAdmin().queryParam("submit", true).body(springAssessment(practice, "not-met"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        String second = asAdmin().queryParam("submit", true).body(springAssessment(practice, "met"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        given().queryParam("from", first).queryParam("to", second).get("/api/v1/assessments/compare").then().statusCode(200)
                .body("changedItems", equalTo(List.of(Map.of("item", "IP.1.1", "from", "not-met", "to", "met"))))
                .body("overall.from", equalTo(50.0f)).body("overall.to", equalTo(75.0f)).body("overall.delta", equalTo(25.0f))
                .body("areas.find { it.code == 'IP' }.delta", equalTo(25.0f));
        given().queryParam("practiceId", practice.toString()).queryParam("framework", "spring-gpc")
                .get("/api/v1/assessments/history").then().statusCode(200)
                .body("id", contains(first, second)).body("overall", contains(50.0f, 75.0f));
        given().queryParam("from", first).get("/api/v1/assessments/compare").then().statusCode(400);
        // another framework: the to assessment is named (it answered an empty errors list)
        String benchmark = asAdmin().queryParam("submit", true).body(Map.of("framework", "inclucities-benchmarks",
                "assessor", "City team", "subject", Map.of("type", "place", "name", "Town " + UUID.randomUUID(), "country", "BE"),
                "ratings", List.of(Map.of("item", "BM0.KF1", "rating", "3")))).post("/api/v1/assessments").then()
                .statusCode(201).extract().path("id");
        given().queryParam("from", first).queryParam("to", benchmark).get("/api/v1/assessments/compare").then()
                .statusCode(422).contentType("application/problem+json").body("violations[0].field", equalTo("to"))
                .body("violations[0].message", containsString("spring-gpc")).body("errors", nullValue());
    }

    @Test
    void aListFilterNamingNoFrameworkOrNoCountryIsRefusedNotAnsweredEmpty() {
        given().queryParam("framework", "nope").queryParam("subjectCountry", "XX").get("/api/v1/assessments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("framework", "subjectCountry"));
        given().queryParam("framework", "nope").queryParam("subjectName", "Mechelen").queryParam("subjectCountry", "be")
                .get("/api/v1/assessments/history").then().statusCode(400)
                .body("violations.field", hasItems("framework", "subjectCountry"));
        given().queryParam("framework", "spring-gpc").queryParam("subjectCountry", "BE").get("/api/v1/assessments").then()
                .statusCode(200);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresAndCountsNothingNew() {
        UUID practice = practice("published", "BE", List.of("housing"));
        Map<String, Object> body = springAssessment(practice, "met");
        String first = asAdmin().header("Idempotency-Key", "retry-" + practice).queryParam("submit", true).body(body)
                .post("/api/v1/assessments").then().statusCode(201).header("Idempotent-Replayed", equalTo("false"))
                .extract().path("id");
        asAdmin().header("Idempotency-Key", "retry-" + practice).queryParam("submit", true).body(body)
                .post("/api/v1/assessments").then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first));
        asAdmin().header("Idempotency-Key", "retry-" + practice).body(body).post("/api/v1/assessments").then()
                .statusCode(422).body("violations.field", hasItems("Idempotency-Key"));
        asAdmin().header("Idempotency-Key", "two words").body(body).post("/api/v1/assessments").then()
                .statusCode(400).body("violations.field", hasItems("Idempotency-Key"));
        given().queryParam("practiceId", practice.toString()).get("/api/v1/assessments").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void writingNeedsAKey() {
        given().contentType("application/json").body(springAssessment(UUID.randomUUID(), "met"))
                .post("/api/v1/assessments").then().statusCode(401).contentType("application/problem+json");
        given().queryParam("status", "draft").get("/api/v1/assessments").then().statusCode(401);
        given().queryParam("size", 500).get("/api/v1/assessments").then().statusCode(400);
    }
}
