package org.inclusionhub.practice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.TestTopics;

/** Request bodies and authenticated requests for the practice tests. */
public final class PracticeFixtures {

    private PracticeFixtures() {
    }

    /** A valid practice body; tests change what they need. Each call has a unique source reference. */
    public static Map<String, Object> practice(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "A mentoring programme that pairs newcomers with local volunteers.");
        body.put("description", "Volunteers meet newcomers weekly to practise the language and find work.");
        body.put("country", "BE");
        body.put("city", "Antwerp");
        body.put("scope", "local");
        body.put("organisations", List.of(Map.of("name", "City of Antwerp", "type", "municipality")));
        body.put("partners", List.of("Red Cross Flanders"));
        body.put("themes", List.of("employment", "language-learning"));
        body.put("targetGroups", List.of("refugees", "newcomers"));
        body.put("startYear", 2016);
        body.put("endYear", 2019);
        body.put("ongoing", false);
        body.put("funding", List.of("amif"));
        body.put("budget", Map.of("amount", 120000, "currency", "EUR"));
        body.put("website", "https://example.org/mentoring");
        body.put("source", Map.of("collection", "direct-submission", "reference", "test-" + UUID.randomUUID()));
        return body;
    }

    /** Creates a practice as admin and returns its id. */
    public static String create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/practices").then().statusCode(201).extract().path("id");
    }

    public static String createPublished(Map<String, Object> body) {
        String id = create(body);
        asAdmin().post("/api/v1/practices/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /**
     * Publishes the contract's framework.published example for {@code code} at {@code version} on the frameworks
     * topic, as assessment-service would, and waits until the list accepts it as scoreFramework.
     */
    public static void knownFramework(String code, int version) {
        ObjectNode event = EventContracts.example("framework.published", UUID.randomUUID().toString());
        ((ObjectNode) event.get("data")).put("code", code).put("version", version).put("name", "Framework " + code
                + " version " + version);
        TestTopics.send("frameworks", event.get("subject").asText(), event.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("scoreFramework", code)
                .queryParam("size", 1).get("/api/v1/practices").statusCode() == 200);
    }
}
