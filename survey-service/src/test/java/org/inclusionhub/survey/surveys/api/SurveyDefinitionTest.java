package org.inclusionhub.survey.surveys.api;

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
import org.inclusionhub.survey.SurveyFixtures;
import org.inclusionhub.survey.surveys.TestSurveys;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SurveyDefinitionTest {

    private static final String ERASMI = "/api/v1/surveys/erasmi-networks";

    @Test
    void theErasmiSurveyIsSeededAndPublished() {
        given().get("/api/v1/surveys").then().statusCode(200).body("code", hasItem("erasmi-networks"));
        given().get("/api/v1/surveys/erasmi-networks?version=1").then().statusCode(200).body("version", equalTo(1));
        // version 3, the latest: version 2's questions (a merge patch of it) plus the compendium's country groups and figures
        Object v2Questions = given().get("/api/v1/surveys/erasmi-networks?version=2").then().statusCode(200)
                .extract().jsonPath().getList("questions");
        Object v3Questions = given().get("/api/v1/surveys/erasmi-networks?version=3").then().statusCode(200)
                .extract().jsonPath().getList("questions");
        org.assertj.core.api.Assertions.assertThat(v3Questions).as("version 3's questions").isEqualTo(v2Questions);
        given().get("/api/v1/surveys/erasmi-networks").then().statusCode(200)
                .body("version", equalTo(3))
                .body("dimensions[0].code", equalTo("country_group"))
                .body("dimensions[0].groups.label", hasItems("Germany", "Europe wide or global approach", "Other countries"))
                .body("figures.size()", equalTo(15))
                .body("figures[3].id", equalTo("Figure 4"))
                .body("figures[3].questions", equalTo(java.util.List.of("fields_of_action")))
                .body("questions.size()", greaterThanOrEqualTo(20))
                .body("questions.code", hasItems("network_name", "country", "founding_year", "network_type", "fields_of_action"))
                .body("questions.find { it.code == 'fields_of_action' }.type", equalTo("multiple-choice"))
                .body("questions.find { it.code == 'country' }.type", equalTo("country"));
    }

    /**
     * Version 2 takes the answers the compendium counts that version 1 had no place for (seed 004 L260, L341, L381,
     * L401); responses to version 1 stay valid and exportable.
     */
    @Test
    void erasmiVersion2TakesNoStatementAnswersAndVersion1ResponsesStillExport() {
        String key = registerPartner("partner-erasmi-v2").get("key");
        String common = """
                "network_name":"%s","country":"MT","europe_wide_or_global":"no","network_type":"informal-group",
                "fields_of_action":["inclusion-integration-in-general"],"target_groups":["migrants","other"],
                "degree_of_formalisation":"informal","coordinating_organisation_type":"no-coordinating-organisation",
                "policy_framework":"no-statement\"""";
        String v2 = "{\"answers\":{" + common.formatted("Valletta v2") + ",\"vision_mission\":[\"no-statement\"],"
                + "\"uses_facilitation\":\"no-statement\",\"has_evaluation\":\"no-statement\","
                + "\"has_sustainability_measures\":\"no-statement\"},\"otherText\":{\"target_groups\":\"Citizens\"}}";
        as(key).body(v2).post(ERASMI + "/responses?version=2").then().statusCode(201).body("surveyVersion", equalTo(2));
        // version 3 has the same questions (plus the computed country groups) and is the latest
        as(key).body(v2.replace("Valletta v2", "Valletta v3")).post(ERASMI + "/responses").then().statusCode(201)
                .body("surveyVersion", equalTo(3));
        // a computed dimension is never asked: an answer to it is refused
        as(key).body(v2.replace("\"network_name\"", "\"country_group\":\"germany\",\"network_name\""))
                .post(ERASMI + "/responses").then().statusCode(422).body("violations[0].field", equalTo("answers.country_group"));
        as(key).body(v2).post(ERASMI + "/responses?version=1").then().statusCode(422)
                .body("violations.field", hasItems("answers.vision_mission", "answers.uses_facilitation"));
        String mixed = v2.replace("[\"no-statement\"]", "[\"no-statement\",\"empowerment\"]");
        as(key).body(mixed).post(ERASMI + "/responses?version=2").then().statusCode(422)
                .body("violations[0].field", equalTo("answers.vision_mission"));

        String v1 = "{\"answers\":{" + common.formatted("Valletta v1") + ",\"vision_mission\":[\"empowerment\"],"
                + "\"uses_facilitation\":\"no\",\"has_evaluation\":\"no\",\"has_sustainability_measures\":\"no\"}}";
        as(key).body(v1).post(ERASMI + "/responses?version=1").then().statusCode(201).body("surveyVersion", equalTo(1));
        as(key).queryParam("version", 1).queryParam("format", "json").get(ERASMI + "/responses/export").then().statusCode(200)
                .body("answers.network_name", hasItem("Valletta v1"));
    }

    @Test
    void adminsCreateDraftsAndPublishThemOnce() {
        String location = asAdmin().body(TestSurveys.small("draft-survey", 1)).post("/api/v1/surveys").then().statusCode(201)
                .body("status", equalTo("draft")).extract().header("Location");
        given().get("/api/v1/surveys/draft-survey").then().statusCode(404);
        // where the draft's Location points: the admin reads it there, no one else does
        asAdmin().get(location).then().statusCode(200).body("code", equalTo("draft-survey")).body("version", equalTo(1));
        given().get(location).then().statusCode(404);
        String partner = registerPartner("partner-draft").get("key");
        as(partner).get(location).then().statusCode(404);
        as(partner).body("{\"answers\":{}}").post("/api/v1/surveys/draft-survey/responses").then().statusCode(404);
        asAdmin().post("/api/v1/surveys/draft-survey/versions/1/publish").then().statusCode(200).body("status", equalTo("published"));
        asAdmin().post("/api/v1/surveys/draft-survey/versions/1/publish").then().statusCode(409);
        asAdmin().post("/api/v1/surveys/draft-survey/versions/0/publish").then().statusCode(400)
                .body("violations[0].field", equalTo("version"));
        asAdmin().body(TestSurveys.small("draft-survey", 1)).post("/api/v1/surveys").then().statusCode(409);
        as(partner).body(TestSurveys.small("partner-survey", 1)).post("/api/v1/surveys").then().statusCode(403);
    }

    /** The latest version number is cached per instance; publishing a version on this instance takes effect at once. */
    @Test
    void aSubmissionThatNamesNoVersionGoesToTheLatestEvenRightAfterAPublication() {
        SurveyFixtures.publishTestSurvey("latest-survey");
        String partner = registerPartner("partner-latest").get("key");
        String body = SurveyFixtures.response("Latest", "BE", "formal", "[\"health\"]", "no", null);
        as(partner).body(body).post("/api/v1/surveys/latest-survey/responses").then().statusCode(201)
                .body("surveyVersion", equalTo(1));
        asAdmin().body(TestSurveys.small("latest-survey", 2)).post("/api/v1/surveys").then().statusCode(201);
        as(partner).body(body).post("/api/v1/surveys/latest-survey/responses").then().statusCode(201)
                .body("surveyVersion", equalTo(1));
        asAdmin().post("/api/v1/surveys/latest-survey/versions/2/publish").then().statusCode(200);
        as(partner).body(body).post("/api/v1/surveys/latest-survey/responses").then().statusCode(201)
                .body("surveyVersion", equalTo(2));
    }

    @Test
    void anInvalidDefinitionIsRefusedWithItsViolations() {
        asAdmin().body(Map.of("code", "bad", "version", 1, "title", "Bad", "questions", List.of(
                Map.of("code", "q", "text", "Pick", "type", "single-choice", "options", List.of(Map.of("code", "a", "label", "A"))))))
                .post("/api/v1/surveys").then().statusCode(400).body("violations[0].field", equalTo("questions[0].options"));
    }
}
