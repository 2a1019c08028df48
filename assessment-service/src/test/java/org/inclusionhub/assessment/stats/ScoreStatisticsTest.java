package org.inclusionhub.assessment.stats;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

/** Statistics on a framework of its own, so no other test's assessments count. */
@QuarkusTest
class ScoreStatisticsTest {

    private static final String STATS = "/api/v1/frameworks/stats-check/statistics";

    private static void createFramework() {
        asAdmin().body(Map.of("code", "stats-check", "version", 1, "name", "Statistics check", "kind", "checklist",
                "areas", List.of(Map.of("code", "S", "title", "Only area", "questions", List.of(Map.of("code", "S.1",
                        "text", "Two items?", "items", List.of(Map.of("code", "S.1.1", "text", "First"),
                                Map.of("code", "S.1.2", "text", "Second")))))))).post("/api/v1/frameworks").then().statusCode(201);
    }

    private static String submit(UUID practiceId, String first, String second) {
        Map<String, Object> body = new HashMap<>();
        body.put("framework", "stats-check");
        body.put("subject", Map.of("type", "practice", "practiceId", practiceId.toString()));
        body.put("assessor", "Stats tester");
        body.put("ratings", List.of(Map.of("item", "S.1.1", "rating", first), Map.of("item", "S.1.2", "rating", second)));
        return asAdmin().queryParam("submit", true).body(body).post("/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void statisticsFollowSubmissionsWithdrawalsAndIgnoreRedeliveries() {
        createFramework();
        UUID p1 = practice("published", "IS", List.of("employment"));
        UUID p2 = practice("published", "IS", List.of("housing"));
        String a1 = submit(p1, "met", "met");
        String a2 = submit(p2, "met", "not-met");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(STATS).then().statusCode(200)
                .body("assessments", equalTo(2))
                .body("overall.mean", equalTo(75.0f))
                .body("areas[0].mean", equalTo(75.0f))
                .body("distribution.find { it.from == 50 }.count", equalTo(1))
                .body("distribution.find { it.from == 90 }.count", equalTo(1))
                .body("items[0].code", equalTo("S.1.2"))
                .body("items[0].metRate", equalTo(0.5f))
                .body("items[1].metRate", equalTo(1.0f)));
        given().queryParam("country", "IS").get(STATS).then().body("assessments", equalTo(2));
        given().queryParam("country", "is").get(STATS).then().body("assessments", equalTo(2));
        given().queryParam("theme", "employment").get(STATS).then().body("assessments", equalTo(1))
                .body("overall.mean", equalTo(100.0f));
        // a code that is no country, or no theme of the catalogue, is refused rather than counted as nobody
        given().queryParam("country", "XX").get(STATS).then().statusCode(400).body("violations[0].field", equalTo("country"));
        given().queryParam("theme", "Employment").get(STATS).then().statusCode(400).body("violations[0].field", equalTo("theme"));
        given().queryParam("theme", "bogus").get(STATS).then().statusCode(400).body("violations[0].field", equalTo("theme"));
        given().get(STATS + "/practices/" + p2).then().statusCode(200)
                .body("overall.subject", equalTo(50.0f)).body("overall.average", equalTo(75.0f))
                .body("overall.difference", equalTo(-25.0f));

        asAdmin().post("/api/v1/assessments/" + a1 + "/withdraw").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(STATS).then()
                .body("assessments", equalTo(1)).body("overall.mean", equalTo(50.0f)));
        given().queryParam("theme", "employment").get(STATS).then().body("assessments", equalTo(0))
                .body("overall.mean", equalTo(null));

        // the submission of a2 delivered a second time, then its withdrawal: the count must reach exactly 0
        ConsumerRecord<String, String> submitted = TestTopics.awaitRecord("assessments", Duration.ofSeconds(30),
                r -> a2.equals(r.key()) && r.value().contains("assessment.submitted"));
        TestTopics.send("assessments", submitted.key(), submitted.value());
        asAdmin().post("/api/v1/assessments/" + a2 + "/withdraw").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(STATS).then()
                .body("assessments", equalTo(0)).body("overall.n", equalTo(0))
                .body("items[0].rated", equalTo(0)));
        given().queryParam("country", "IS").get(STATS).then().body("assessments", equalTo(0));
    }
}
