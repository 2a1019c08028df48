package org.inclusionhub.survey;

import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import java.util.Map;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.TestSurveys;

/** Partners, keys and a small published survey for the tests. */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** Registers a partner and returns its key; the JSON path {@code keyId} names the key for rotation and revocation. */
    public static Map<String, String> registerPartner(String code) {
        var answer = asAdmin().body(Map.of("code", code, "name", "Partner " + code, "contactEmail", code + "@example.org"))
                .post("/api/v1/partners").then().statusCode(201).extract().jsonPath();
        return Map.of("key", answer.getString("key"), "keyId", answer.getString("keyId"));
    }

    /** Creates and publishes the small test survey under {@code code}. */
    public static void publishTestSurvey(String code) {
        SurveyDefinition d = TestSurveys.small(code, 1);
        asAdmin().body(d).post("/api/v1/surveys").then().statusCode(201);
        asAdmin().post("/api/v1/surveys/" + code + "/versions/1/publish").then().statusCode(200);
    }

    public static String response(String name, String country, String type, String fields, String evaluated, Integer members) {
        return "{\"answers\":{\"name\":\"" + name + "\",\"country\":\"" + country + "\",\"type\":\"" + type
                + "\",\"fields\":" + fields + ",\"evaluated\":\"" + evaluated + "\""
                + ("yes".equals(evaluated) ? ",\"evaluation\":\"external\"" : "")
                + (members == null ? "" : ",\"members\":" + members) + "}}";
    }
}
