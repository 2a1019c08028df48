package org.inclusionhub.survey.surveys.xlsform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.surveys.xlsform.TestWorkbooks.networkForm;
import static org.inclusionhub.survey.surveys.xlsform.TestWorkbooks.row;
import static org.inclusionhub.survey.surveys.xlsform.TestWorkbooks.withSurveyRow;
import static org.inclusionhub.survey.surveys.xlsform.TestWorkbooks.xlsx;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.commons.export.ExportFormat;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: an XLSForm workbook becomes a draft survey over HTTP and comes back as one; a KoboToolbox REST-service
 * push posted three times (Kobo retries) stores one response that is counted and exported like any other.
 */
@QuarkusTest
class XlsFormAndKoboTest {

    private static final String CODE = "kobo-networks";
    private static final String R = "/api/v1/surveys/" + CODE + "/responses";
    private static String partnerKey;

    @BeforeEach
    void importedAndPublished() {
        if (partnerKey != null) {
            return;
        }
        asAdmin().contentType(ExportFormat.XLSX_MEDIA_TYPE).body(xlsx(networkForm(CODE, "1"))).post("/api/v1/surveys").then()
                .statusCode(201).body("status", equalTo("draft")).body("questions", equalTo(10));
        asAdmin().post("/api/v1/surveys/" + CODE + "/versions/1/publish").then().statusCode(200);
        partnerKey = registerPartner("partner-kobo").get("key");
    }

    @Test
    void theImportedFormIsPublishedWithItsLanguagesAndComesBackAsTheSameXlsForm() throws Exception {
        String json = given().get("/api/v1/surveys/" + CODE).then().statusCode(200)
                .body("languages", contains("English (en)", "Deutsch (de)"))
                .body("sections.path", contains("network", "network/size"))
                .extract().asString();
        SurveyDefinition published = new ObjectMapper().readValue(json, SurveyDefinition.class);
        byte[] workbook = given().get("/api/v1/surveys/" + CODE + "/xlsform").then().statusCode(200)
                .contentType(ExportFormat.XLSX_MEDIA_TYPE).extract().asByteArray();
        assertThat(XlsFormImportTest.read(workbook)).isEqualTo(published);
    }

    @Test
    void aWorkbookThatCannotBeHeldIsRefusedNamingTheCellAndStoresNothing() {
        byte[] refused = xlsx(withSurveyRow(networkForm("refused-networks", "1"), 8, row("geopoint", "location", "Where", "Wo")));
        asAdmin().contentType(ExportFormat.XLSX_MEDIA_TYPE).body(refused).post("/api/v1/surveys").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", contains("survey[8].type"));
        byte[] badName = xlsx(withSurveyRow(networkForm("refused-networks", "1"), 4,
                row("text", "Network Name", "Name", "Name", "", "", "yes", "", "")));
        asAdmin().contentType(ExportFormat.XLSX_MEDIA_TYPE).body(badName).post("/api/v1/surveys").then().statusCode(422)
                .body("violations.field", contains("survey[4].name"));
        byte[] laterQuestion = xlsx(withSurveyRow(networkForm("refused-networks", "1"), 4,
                row("text", "network_name", "Name", "Name", "", "", "yes", "${evaluated} = 'yes'", "")));
        asAdmin().contentType(ExportFormat.XLSX_MEDIA_TYPE).body(laterQuestion).post("/api/v1/surveys").then().statusCode(422)
                .body("violations.field", contains("survey[4].relevant"));
        asAdmin().contentType(ExportFormat.XLSX_MEDIA_TYPE).body("not a workbook".getBytes()).post("/api/v1/surveys").then()
                .statusCode(422).body("violations.field", contains("workbook"));
        asAdmin().contentType(ExportFormat.XLSX_MEDIA_TYPE).body(xlsx(networkForm(CODE, "1"))).post("/api/v1/surveys").then()
                .statusCode(409);
        as(partnerKey).contentType(ExportFormat.XLSX_MEDIA_TYPE).body(xlsx(networkForm("partner-form", "1")))
                .post("/api/v1/surveys").then().statusCode(403);
        given().get("/api/v1/surveys/refused-networks").then().statusCode(404);
    }

    @Test
    void aKoboPushRetriedThreeTimesStoresOneResponseCountedAndExported() {
        Map<String, Object> push = push("a5b2e5c8-1f7e-4b1a-9d55-3c0d6f1e2a01", "Malmö Welcome Network");
        kobo().body(push).post(R + "/kobo").then().statusCode(201).header("Idempotent-Replayed", "false")
                .body("answers.network_type", equalTo("other")).body("otherText.network_type", equalTo("Foundation"))
                .body("answers.members", equalTo(45)).body("answers.target_groups", contains("refugees", "migrants"));
        kobo().body(push).post(R + "/kobo").then().statusCode(201).header("Idempotent-Replayed", "true");
        kobo().body(push).post(R + "/kobo").then().statusCode(201).header("Idempotent-Replayed", "true");
        as(partnerKey).queryParam("status", "all").get(R).then().body("total", equalTo(1));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/surveys/" + CODE + "/statistics").then()
                .body("respondents", equalTo(1))
                .body("questions.find { it.code == 'network_type' }.options.find { it.code == 'other' }.count", equalTo(1)));
        String csv = as(partnerKey).get(R + "/export").then().statusCode(200).extract().asString();
        assertThat(csv).contains("Malmö Welcome Network", "Foundation", "2019-04-01");

        // any of the form's languages, for the definition, the statistics and the export's labels
        given().queryParam("lang", "de").get("/api/v1/surveys/" + CODE).then().statusCode(200)
                .body("questions.find { it.code == 'network_name' }.text", equalTo("Name des Netzwerks"));
        given().queryParam("lang", "Deutsch (de)").get("/api/v1/surveys/" + CODE + "/statistics").then().statusCode(200)
                .body("questions.find { it.code == 'network_name' }.text", equalTo("Name des Netzwerks"));
        String german = as(partnerKey).queryParam("labels", true).queryParam("lang", "de").get(R + "/export").then()
                .statusCode(200).extract().asString();
        assertThat(german).contains(",Nein");
        as(partnerKey).queryParam("lang", "fr").get(R + "/export").then().statusCode(400).body("violations[0].field", equalTo("lang"));
        given().queryParam("lang", "fr").get("/api/v1/surveys/" + CODE + "/statistics").then().statusCode(400)
                .body("violations[0].field", equalTo("lang"));
    }

    @Test
    void aKoboFieldThatIsNoQuestionOrAPushWithoutUuidIsRefusedNamingTheField() {
        Map<String, Object> unknown = push("b5b2e5c8-1f7e-4b1a-9d55-3c0d6f1e2a02", "Unknown fields");
        unknown.put("network/colour", "blue");
        unknown.put("size/members", "3");
        kobo().body(unknown).post(R + "/kobo").then().statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("network/colour", "size/members"));
        Map<String, Object> noUuid = push("c5b2e5c8-1f7e-4b1a-9d55-3c0d6f1e2a03", "No uuid");
        noUuid.remove("_uuid");
        noUuid.remove("meta/instanceID");
        kobo().body(noUuid).post(R + "/kobo").then().statusCode(422).body("violations.field", hasItem("_uuid"));
        noUuid.put("_uuid", Map.of("a", 1));
        kobo().body(noUuid).post(R + "/kobo").then().statusCode(422).body("violations.field", hasItem("_uuid"))
                .body("violations.message", hasItem(org.hamcrest.Matchers.startsWith("must be a string")));
        // null is a missing answer, named by Kobo's field; disagreeing ids and a body that is no object are refused
        Map<String, Object> nullName = push("e5b2e5c8-1f7e-4b1a-9d55-3c0d6f1e2a05", "Null name");
        nullName.put("network/network_name", null);
        nullName.put("network/size/members", "many");
        nullName.put("network/network_type_other", Map.of("text", "Foundation"));
        // an unreadable number does not hide the other answers' problems: one answer names them all
        kobo().body(nullName).post(R + "/kobo").then().statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("network/size/members",
                        "network/network_type_other", "network/network_name"))
                .body("detail", org.hamcrest.Matchers.startsWith("3 field(s)"));
        nullName.put("network/size/members", "12");
        nullName.remove("network/network_type_other");
        kobo().body(nullName).post(R + "/kobo").then().statusCode(422)
                .body("violations.field", contains("network/network_name")).body("violations[0].message", equalTo("is required"));
        Map<String, Object> twoIds = push("f5b2e5c8-1f7e-4b1a-9d55-3c0d6f1e2a06", "Two ids");
        twoIds.put("meta/instanceID", "uuid:another");
        kobo().body(twoIds).post(R + "/kobo").then().statusCode(422).body("violations.field", hasItem("_uuid"));
        kobo().body("[]").post(R + "/kobo").then().statusCode(400);
        given().header("Authorization", "Basic " + Base64.getEncoder().encodeToString("kobo:wrong-key".getBytes()))
                .contentType("application/json").body(push("d5b2e5c8-1f7e-4b1a-9d55-3c0d6f1e2a04", "Wrong key"))
                .post(R + "/kobo").then().statusCode(401);
        as(partnerKey).queryParam("status", "all").get(R).then().body("items.answers.network_name", org.hamcrest.Matchers
                .not(hasItem("Unknown fields")));
    }

    /** Basic authentication, the partner's key as the password, as a KoboToolbox REST service sends it. */
    private static RequestSpecification kobo() {
        return given().header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("kobo:" + partnerKey).getBytes()))
                .contentType("application/json");
    }

    /** A submission as KoboToolbox's REST service posts it: texts, group paths, its own keys. */
    private static Map<String, Object> push(String uuid, String name) {
        Map<String, Object> push = new HashMap<>();
        push.put("_id", 81234);
        push.put("_uuid", uuid);
        push.put("formhub/uuid", "0c5b1d3e2f4a4b6c8d9e0f1a2b3c4d5e");
        push.put("start", "2026-12-06T09:00:00.000+01:00");
        push.put("end", "2026-12-06T09:04:12.000+01:00");
        push.put("__version__", "vQ5x8bL2");
        push.put("_submission_time", "2026-12-06T08:04:15");
        push.put("_attachments", List.of());
        push.put("meta/instanceID", "uuid:" + uuid);
        push.put("network/network_name", name);
        push.put("network/network_type", "other");
        push.put("network/network_type_other", "Foundation");
        push.put("network/size/members", "45");
        push.put("network/size/budget", "12000.50");
        push.put("founded_on", "2019-04-01");
        push.put("target_groups", "refugees migrants");
        push.put("refugee_work", "Housing support");
        push.put("evaluated", "no");
        return push;
    }
}
