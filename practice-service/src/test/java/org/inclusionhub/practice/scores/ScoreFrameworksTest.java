package org.inclusionhub.practice.scores;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.practice.PracticeFixtures.knownFramework;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

/** scoreFramework names a framework assessment-service published (frameworks topic); any other code is refused. */
@QuarkusTest
class ScoreFrameworksTest {

    @Inject
    EntityManager em;

    @Test
    void anUnknownFrameworkIsRefusedNamingTheFieldAndTheKnownCodes() {
        knownFramework("spring-gpc", 1);
        for (String path : new String[] {"/api/v1/practices", "/api/v1/practices/export"}) {
            given().queryParam("scoreFramework", "bogus").queryParam("minScore", 50).get(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("scoreFramework"))
                    .body("violations[0].message", containsString("'bogus' is no assessment framework; one of "))
                    .body("violations[0].message", containsString("spring-gpc"));
        }
        given().queryParam("scoreFramework", "spring-gpc").queryParam("sort", "-score").get("/api/v1/practices/export")
                .then().statusCode(200);
    }

    @Test
    void aPublishedFrameworkBecomesKnownAndAnEarlierVersionArrivingLateChangesNothing() {
        // a code of this run's own: the test database outlives a run
        String code = "lisbon-criteria-" + Long.toString(System.nanoTime(), 36);
        given().queryParam("scoreFramework", code).get("/api/v1/practices").then().statusCode(400);

        knownFramework(code, 2);
        given().queryParam("scoreFramework", code).queryParam("sort", "score").get("/api/v1/practices")
                .then().statusCode(200);

        // version 1 arrives after version 2 (the topic is keyed by version id, so versions may come in any order):
        // once it is processed, the replica is still at version 2 with its name
        ObjectNode late = EventContracts.example("framework.published", UUID.randomUUID().toString());
        ((ObjectNode) late.get("data")).put("code", code).put("version", 1).put("name", "Old name");
        TestTopics.send("frameworks", late.get("subject").asText(), late.toString());
        String eventId = late.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from processed_event where consumer = 'practice-frameworks' and event_id = :id")
                .setParameter("id", eventId).getSingleResult()).equals(1L));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select latest_version || ' ' || name from score_framework where code = :code")
                .setParameter("code", code).getSingleResult())).isEqualTo("2 Framework " + code + " version 2");
    }
}
