package org.inclusionhub.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerWorkflowTest {

    private static final String R = "/api/v1/surveys/workflow-survey/responses";
    private static boolean published;

    private static void survey() {
        if (!published) {
            publishTestSurvey("workflow-survey");
            published = true;
        }
    }

    @Test
    void aPartnerSubmitsReadsUpdatesAndWithdrawsItsOwnResponses() {
        survey();
        String key = registerPartner("partner-one").get("key");
        String id = as(key).body(response("Net one", "DE", "formal", "[\"education\"]", "no", 10)).post(R).then()
                .statusCode(201).header("ETag", "\"0\"").body("partner", equalTo("partner-one"))
                .body("answers.members", equalTo(10)).extract().path("id");
        as(key).get(R + "/" + id).then().statusCode(200).body("answers.name", equalTo("Net one"));
        as(key).header("If-Match", "\"0\"").body(response("Net one", "DE", "informal", "[\"health\"]", "yes", 12))
                .put(R + "/" + id).then().statusCode(200).header("ETag", "\"1\"").body("answers.evaluation", equalTo("external"));
        as(key).header("If-Match", "\"0\"").body(response("Net one", "DE", "formal", "[\"health\"]", "no", 1))
                .put(R + "/" + id).then().statusCode(412);

        // another partner cannot see or touch it
        String other = registerPartner("partner-two").get("key");
        as(other).get(R + "/" + id).then().statusCode(404);
        as(other).post(R + "/" + id + "/withdraw").then().statusCode(404);
        as(other).get(R).then().body("total", equalTo(0));
        asAdmin().get(R + "/" + id).then().statusCode(200);

        as(key).post(R + "/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("withdrawn"));
        as(key).post(R + "/" + id + "/withdraw").then().statusCode(409);
        as(key).queryParam("status", "withdrawn").get(R).then().body("total", equalTo(1));
    }

    @Test
    void invalidAnswersAnswer422ListingEveryQuestionAndStoreNothing() {
        survey();
        String key = registerPartner("partner-invalid").get("key");
        as(key).body("{\"answers\":{\"country\":\"Germany\",\"type\":\"secret\",\"fields\":[\"education\"],\"evaluated\":\"no\","
                + "\"evaluation\":\"internal\"}}").post(R).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("answers.name", "answers.country", "answers.type", "answers.evaluation"));
        as(key).get(R).then().body("total", equalTo(0));
        as(key).body("{\"answers\": 5}").post(R).then().statusCode(400);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        survey();
        String key = registerPartner("partner-retry").get("key");
        String body = response("Retry net", "IE", "formal", "[\"housing\"]", "no", null);
        String first = as(key).header("Idempotency-Key", "req-1").body(body).post(R).then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("id");
        String again = as(key).header("Idempotency-Key", "req-1").body(body).post(R).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        as(key).header("Idempotency-Key", "req-1").body(response("Other net", "IE", "formal", "[\"housing\"]", "no", null))
                .post(R).then().statusCode(422).body("detail", containsString("different request"))
                .body("violations[0].field", equalTo("Idempotency-Key")).body("errors", org.hamcrest.Matchers.nullValue());
        as(key).get(R).then().body("total", equalTo(1));
        // naming the version it already used is the same request
        as(key).header("Idempotency-Key", "req-1").queryParam("version", 1).body(body).post(R).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        as(key).header("Idempotency-Key", "").body(body).post(R).then().statusCode(400)
                .body("violations.field", hasItems("Idempotency-Key"));
        as(key).header("Idempotency-Key", "k".repeat(201)).body(body).post(R).then().statusCode(400);
        as(key).get(R).then().body("total", equalTo(1));
    }

    @Test
    void aReplayedBulkWithTheSameKeyStoresNothingNewAndOtherItemsAnswer422() {
        survey();
        String key = registerPartner("partner-bulk-retry").get("key");
        String batch = String.join("\n", response("Batch one", "AT", "formal", "[\"education\"]", "no", null),
                response("Batch two", "BE", "formal", "[\"health\"]", "no", null),
                response("Batch three", "CY", "formal", "[\"housing\"]", "no", null)) + "\n";
        List<String> first = as(key).contentType("application/x-ndjson").header("Idempotency-Key", "batch-7")
                .body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(R + "/bulk").then().statusCode(200)
                .body("status", contains(201, 201, 201)).body("replayed", contains(false, false, false)).extract().path("id");
        List<String> again = as(key).contentType("application/x-ndjson").header("Idempotency-Key", "batch-7")
                .queryParam("version", 1).body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(R + "/bulk")
                .then().statusCode(200).body("replayed", contains(true, true, true)).extract().path("id");
        assertThat(again).isEqualTo(first);
        as(key).get(R).then().body("total", equalTo(3));
        as(key).contentType("application/x-ndjson").header("Idempotency-Key", "batch-7")
                .body(batch.replace("Batch three", "Batch four").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(R + "/bulk").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key")).body("errors", org.hamcrest.Matchers.nullValue());
        as(key).contentType("application/x-ndjson").header("Idempotency-Key", " ")
                .body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(R + "/bulk").then().statusCode(400);
        as(key).get(R).then().body("total", equalTo(3));
    }

    @Test
    void oneKeyNamesOneRequestWhetherSingleOrBulk() {
        survey();
        String key = registerPartner("partner-shared-" + java.util.UUID.randomUUID().toString().substring(0, 8)).get("key");
        String body = response("Keyed once", "AT", "formal", "[\"education\"]", "no", null);
        byte[] batch = (body + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // a single submission, then a batch under its key: two responses were stored
        as(key).header("Idempotency-Key", "shared-1").body(body).post(R).then().statusCode(201);
        as(key).contentType("application/x-ndjson").header("Idempotency-Key", "shared-1").body(batch).post(R + "/bulk")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        // and the other way round
        as(key).contentType("application/x-ndjson").header("Idempotency-Key", "shared-2").body(batch).post(R + "/bulk")
                .then().statusCode(200).body("status", contains(201));
        as(key).header("Idempotency-Key", "shared-2").body(body).post(R).then().statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        as(key).contentType("application/x-ndjson").header("Idempotency-Key", "shared-2").body(batch).post(R + "/bulk")
                .then().statusCode(200).body("replayed", contains(true));
        as(key).get(R).then().body("total", equalTo(2));
    }

    @Test
    void aBatchOfNoneOrTooManyResponsesIsOneKindOfProblemNamingTheBody() {
        survey();
        String key = registerPartner("partner-count-" + java.util.UUID.randomUUID().toString().substring(0, 8)).get("key");
        String one = response("Counted", "AT", "formal", "[\"education\"]", "no", null);
        // none was a validation problem, 1 001 a bad request
        for (String batch : new String[] {"[]", "[" + String.join(",", java.util.Collections.nCopies(1001, one)) + "]"}) {
            as(key).body(batch).post(R + "/bulk").then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation")).body("violations[0].field", equalTo("body"))
                    .body("violations[0].message", containsString("1 to 1000"));
        }
        as(key).get(R).then().body("total", equalTo(0));
    }

    @Test
    void perItemKeysMakeAPartialRetryStoreOnlyWhatIsMissing() {
        survey();
        String key = registerPartner("partner-bulk-items").get("key");
        String a = withKey(response("Item A", "AT", "formal", "[\"education\"]", "no", null), "item-a");
        String b = withKey(response("Item B", "BE", "formal", "[\"health\"]", "no", null), "item-b");
        String c = withKey(response("Item C", "CY", "formal", "[\"housing\"]", "no", null), "item-c");
        as(key).body("[" + a + "," + b + "]").post(R + "/bulk").then().statusCode(200).body("status", contains(201, 201));
        as(key).body("[" + a + "," + b + "," + c + "]").post(R + "/bulk").then().statusCode(200)
                .body("status", contains(201, 201, 201)).body("replayed", contains(true, true, false));
        as(key).get(R).then().body("total", equalTo(3));
        // a key reused for other answers fails its item alone; the rest of the batch is still stored
        String changedA = withKey(response("Item A changed", "AT", "formal", "[\"education\"]", "no", null), "item-a");
        String d = withKey(response("Item D", "DE", "formal", "[\"housing\"]", "no", null), "item-d");
        as(key).body("[" + changedA + "," + d + "]").post(R + "/bulk").then().statusCode(200).body("status", contains(422, 201))
                .body("[0].violations[0].field", equalTo("idempotencyKey"));
        as(key).get(R).then().body("total", equalTo(4));
    }

    @Test
    void aBatchKeyOfTheLongestAllowedLengthWorksForEveryItemAndAnOversizedResponseIsRefused() {
        survey();
        String key = registerPartner("partner-long-key").get("key");
        String batch = response("Long key one", "AT", "formal", "[\"education\"]", "no", null) + "\n"
                + response("Long key two", "BE", "formal", "[\"health\"]", "no", null) + "\n";
        as(key).contentType("application/x-ndjson").header("Idempotency-Key", "k".repeat(200))
                .body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(R + "/bulk").then().statusCode(200)
                .body("status", contains(201, 201));
        // its event must stay under the event size limit: refused before anything is stored
        as(key).body("{\"answers\":{\"name\":\"" + "x".repeat(700_000) + "\"}}").post(R).then().statusCode(422)
                .body("violations.field", hasItems("answers"));
        as(key).body("{\"answers\":{\"name\":\"N\"},\"unknown\\u0000key\":1}").post(R).then().statusCode(400);
        as(key).get(R).then().body("total", equalTo(2));
    }

    private static String withKey(String responseJson, String itemKey) {
        return "{\"idempotencyKey\":\"" + itemKey + "\"," + responseJson.substring(1);
    }

    @Test
    void aPartnerKeyNamesARegisteredPartner() {
        String unknown = "no-such-partner-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("role", "partner", "owner", unknown)).post("/api/v1/api-keys").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("owner"))
                .body("violations[0].message", containsString("/api/v1/partners"));
        String known = "partner-key-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        registerPartner(known);
        asAdmin().body(Map.of("role", "partner", "owner", known)).post("/api/v1/api-keys").then().statusCode(201);
        // keys of other roles name whoever holds them
        asAdmin().body(Map.of("role", "editor", "owner", unknown)).post("/api/v1/api-keys").then().statusCode(201);
    }

    @Test
    void aRevokedKeyAnswers401AndARotatedKeyReplacesTheOldOne() {
        survey();
        Map<String, String> partner = registerPartner("partner-revoked");
        String rotated = asAdmin().post("/api/v1/api-keys/" + partner.get("keyId") + "/rotate").then().statusCode(200)
                .extract().path("key");
        as(partner.get("key")).get(R).then().statusCode(401);
        as(rotated).get(R).then().statusCode(200);
        asAdmin().delete("/api/v1/api-keys/" + partner.get("keyId")).then().statusCode(204);
        as(rotated).body(response("Late", "DE", "formal", "[\"health\"]", "no", null)).post(R).then().statusCode(401)
                .contentType("application/problem+json");
        given().get(R).then().statusCode(401);
        asAdmin().body(Map.of("code", "partner-revoked", "name", "Again")).post("/api/v1/partners").then().statusCode(409);
        asAdmin().body(Map.of("code", "Bad Code", "name", "")).post("/api/v1/partners").then().statusCode(400)
                .body("violations.field", hasItems("code", "name"));
    }

    @Test
    void bulkSubmissionsAnswerPerItem() {
        survey();
        String key = registerPartner("partner-bulk").get("key");
        String good = response("Bulk one", "AT", "formal", "[\"education\"]", "no", null);
        String bad = "{\"answers\":{\"name\":\"Bulk bad\"}}";
        as(key).body("[" + good + "," + bad + "]").post(R + "/bulk").then().statusCode(200)
                .body("status", contains(201, 422))
                .body("[1].violations.field", hasItems("answers.country", "answers.type"));
        as(key).contentType("application/x-ndjson").body((good.replace("Bulk one", "Bulk two") + "\n" + "not json\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(R + "/bulk").then().statusCode(200).body("status", contains(201, 400))
                .body("[1].violations.field", contains("body"));
        as(key).body("[" + good.replace("Bulk one", "Bulk two b") + ", 7, \"hello\"]").post(R + "/bulk").then().statusCode(200)
                .body("status", contains(201, 400, 400)).body("[1].violations.field", contains("body"))
                .body("[2].violations.field", contains("body"))
                .body("[2].violations[0].message", equalTo("each item must be a JSON object"));
        // an item that cannot be read names the field, as a single submission would
        String nul = "{\"answers\":{\"name\":\"Bulk \\u0000 nul\"}}";
        String twice = "{\"answers\":{\"name\":\"Bulk twice\",\"country\":\"AT\",\"country\":\"DE\"}}";
        as(key).contentType("application/x-ndjson").body((nul + "\n" + twice + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(R + "/bulk").then().statusCode(200)
                .body("status", contains(400, 400))
                .body("[0].violations.field", contains("answers.name"))
                .body("[1].violations.field", contains("answers.country"))
                .body("[1].violations[0].message", equalTo("is given twice in the same object"));
        // the same in a JSON array: each broken item is refused alone, the good one stored
        as(key).body("[" + nul + "," + twice + "," + good.replace("Bulk one", "Bulk three") + "]").post(R + "/bulk").then()
                .statusCode(200).body("status", contains(400, 400, 201))
                .body("[0].violations.field", contains("answers.name"))
                .body("[1].violations.field", contains("answers.country"));
        as(key).get(R).then().body("total", equalTo(4));
    }

    @Test
    void csvExportHasOneZeroOneColumnPerMultipleChoiceOption() {
        survey();
        String key = registerPartner("partner-export").get("key");
        as(key).body(response("Export, with a comma", "SE", "informal", "[\"education\",\"housing\"]", "yes", 7)).post(R)
                .then().statusCode(201);
        String csv = as(key).queryParam("labels", true).get(R + "/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(org.inclusionhub.commons.api.Csv.BOM + "id,partner,survey_version,status,created_at,updated_at,name,country,founded,type,"
                + "fields:education,fields:health,fields:housing,fields:other,fields:other_text,members,budget,"
                + "satisfaction,evaluated,evaluation");
        // labels: options, yes-no answers and countries read as a person would (codes without labels=true)
        assertThat(lines.get(1)).endsWith(",\"Export, with a comma\",Sweden,,Informal group,1,0,1,0,,7,,,Yes,External");
        assertThat(as(key).queryParam("bom", false).get(R + "/export").then().statusCode(200).extract().asString().lines()
                .toList().get(1)).endsWith(",\"Export, with a comma\",SE,,informal,1,0,1,0,,7,,,yes,external");
        as(key).queryParam("format", "json").get(R + "/export").then().statusCode(200).body("size()", equalTo(1));
        as(key).queryParam("format", "xml").get(R + "/export").then().statusCode(400);
    }
}
