package org.inclusionhub.survey.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.inclusionhub.survey.domain.TestSurveys;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SurveyDefinitionTest {

    @Test
    void theErasmiSurveyIsSeededAndPublished() {
        given().get("/api/v1/surveys").then().statusCode(200).body("code", hasItem("erasmi-networks"));
        given().get("/api/v1/surveys/erasmi-networks").then().statusCode(200)
                .body("version", equalTo(1))
                .body("questions.size()", greaterThanOrEqualTo(20))
                .body("questions.code", hasItems("network_name", "country", "founding_year", "network_type", "fields_of_action"))
                .body("questions.find { it.code == 'fields_of_action' }.type", equalTo("multiple-choice"))
                .body("questions.find { it.code == 'country' }.type", equalTo("country"));
    }

    @Test
    void adminsCreateDraftsAndPublishThemOnce() {
        asAdmin().body(TestSurveys.small("draft-survey", 1)).post("/api/v1/surveys").then().statusCode(201)
                .body("status", equalTo("draft"));
        given().get("/api/v1/surveys/draft-survey").then().statusCode(404);
        String partner = registerPartner("partner-draft").get("key");
        as(partner).body("{\"answers\":{}}").post("/api/v1/surveys/draft-survey/responses").then().statusCode(404);
        asAdmin().post("/api/v1/surveys/draft-survey/versions/1/publish").then().statusCode(200).body("status", equalTo("published"));
        asAdmin().post("/api/v1/surveys/draft-survey/versions/1/publish").then().statusCode(409);
        asAdmin().body(TestSurveys.small("draft-survey", 1)).post("/api/v1/surveys").then().statusCode(409);
        as(partner).body(TestSurveys.small("partner-survey", 1)).post("/api/v1/surveys").then().statusCode(403);
    }

    @Test
    void anInvalidDefinitionIsRefusedWithItsViolations() {
        asAdmin().body(Map.of("code", "bad", "version", 1, "title", "Bad", "questions", List.of(
                Map.of("code", "q", "text", "Pick", "type", "single-choice", "options", List.of(Map.of("code", "a", "label", "A"))))))
                .post("/api/v1/surveys").then().statusCode(400).body("violations[0].field", equalTo("questions[0].options"));
    }
}
