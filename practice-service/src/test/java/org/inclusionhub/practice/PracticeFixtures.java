package org.inclusionhub.practice;

import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
}
