package org.inclusionhub.practice.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.knownFramework;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.TestTopics;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** practice-service shows the scores that assessment events report (Estonia, EE, is this test's own). */
@QuarkusTest
class PracticeScoresTest {

    /** The contract's example assessment event of {@code type}, scored {@code overall} overall and in area IP. */
    private static String assessmentEvent(String eventId, String type, String assessmentId, String practiceId,
            double overall, String submittedAt) {
        ObjectNode event = EventContracts.example(type, assessmentId).put("id", eventId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("practiceId", practiceId).put("submittedAt", submittedAt).put("extra", 1);
        ((ObjectNode) data.at("/scores/overall")).put("score", overall);
        ((ObjectNode) data.at("/scores/areas/0")).put("code", "IP");
        ((ObjectNode) data.at("/scores/areas/0/line")).put("score", overall);
        ((ObjectNode) data.at("/scores/areas/1")).put("code", "RC");
        ((ObjectNode) data.at("/scores/areas/1/line")).putNull("score");
        return event.toString();
    }

    @Test
    void practicesShowTheirLatestSubmittedScoresAndCanBeFilteredAndSortedByThem() {
        knownFramework("spring-gpc", 1);
        Map<String, Object> high = practice("Tallinn welcome programme");
        high.put("country", "EE");
        String highId = createPublished(high);
        Map<String, Object> low = practice("Tartu language cafe");
        low.put("country", "EE");
        String lowId = createPublished(low);

        String first = "11111111-1111-1111-1111-111111111111";
        String firstEvent = assessmentEvent(TestTopics.newEventId(), "assessment.submitted", first, highId, 60.0,
                "2026-01-01T00:00:00Z");
        TestTopics.send("assessments", first, firstEvent);
        TestTopics.send("assessments", "22222222-2222-2222-2222-222222222222", assessmentEvent(TestTopics.newEventId(),
                "assessment.submitted", "22222222-2222-2222-2222-222222222222", highId, 90.0, "2026-02-01T00:00:00Z"));
        TestTopics.send("assessments", "33333333-3333-3333-3333-333333333333", assessmentEvent(TestTopics.newEventId(),
                "assessment.submitted", "33333333-3333-3333-3333-333333333333", lowId, 40.0, "2026-02-01T00:00:00Z"));
        // the same event delivered twice
        TestTopics.send("assessments", first, firstEvent);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/practices/" + highId).then()
                .body("scores", hasSize(1))
                .body("scores[0].framework", equalTo("spring-gpc"))
                .body("scores[0].overall", equalTo(90.0f))
                .body("scores[0].areas.IP", equalTo(90.0f)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/practices/" + lowId).then()
                .body("scores[0].overall", equalTo(40.0f)));

        given().queryParam("country", "EE").queryParam("scoreFramework", "spring-gpc").queryParam("sort", "-score")
                .get("/api/v1/practices").then().body("items.title", contains("Tallinn welcome programme", "Tartu language cafe"));
        given().queryParam("country", "EE").queryParam("scoreFramework", "spring-gpc").queryParam("minScore", 50)
                .get("/api/v1/practices").then().body("items.title", contains("Tallinn welcome programme"));
        given().queryParam("sort", "score").get("/api/v1/practices").then().statusCode(400)
                .body("violations[0].field", equalTo("scoreFramework"));

        // withdrawing the latest shows the one before it again
        TestTopics.send("assessments", "22222222-2222-2222-2222-222222222222", assessmentEvent(TestTopics.newEventId(),
                "assessment.withdrawn", "22222222-2222-2222-2222-222222222222", highId, 90.0, "2026-02-01T00:00:00Z"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/practices/" + highId).then()
                .body("scores[0].overall", equalTo(60.0f)));
    }

    /**
     * A portal polling one practice gets 304 while nothing it shows changed; when new scores arrive the tag changes
     * although the practice's version does not, and that tag still serves as If-Match for the version.
     */
    @Test
    void anUnchangedPracticeAnswers304AndNewScoresChangeItsTag() {
        Map<String, Object> content = practice("Narva language mentors");
        content.put("country", "EE");
        String id = createPublished(content);
        String before = given().get("/api/v1/practices/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", before).get("/api/v1/practices/" + id).then().statusCode(304);

        String assessment = "44444444-4444-4444-4444-444444444444";
        TestTopics.send("assessments", assessment, assessmentEvent(TestTopics.newEventId(), "assessment.submitted",
                assessment, id, 75.0, "2026-03-01T00:00:00Z"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("If-None-Match", before)
                .get("/api/v1/practices/" + id).then().statusCode(200).body("scores[0].overall", equalTo(75.0f)));
        String after = given().get("/api/v1/practices/" + id).then().extract().header("ETag");
        assertThat(after).isNotEqualTo(before).startsWith(before.substring(0, before.indexOf(".")));
        given().header("If-None-Match", after).get("/api/v1/practices/" + id).then().statusCode(304);
    }
}
