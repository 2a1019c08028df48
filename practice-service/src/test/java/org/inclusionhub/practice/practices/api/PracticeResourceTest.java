package org.inclusionhub.practice.practices.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.create;
import static org.inclusionhub.commons.testing.ApiClient.issueKey;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PracticeResourceTest {

    @Test
    void createReadUpdateWithETags() {
        String id = create(practice("Mentoring for newcomers"));
        String etag = asAdmin().get("/api/v1/practices/" + id).then().statusCode(200)
                .body("title", equalTo("Mentoring for newcomers"))
                .body("status", equalTo("draft"))
                .body("organisations[0].type", equalTo("municipality"))
                .body("budget.currency", equalTo("EUR"))
                .header("ETag", notNullValue()).extract().header("ETag");

        Map<String, Object> changed = practice("Mentoring for newcomers, second edition");
        asAdmin().header("If-Match", etag).body(changed).put("/api/v1/practices/" + id).then().statusCode(200)
                .body("title", equalTo("Mentoring for newcomers, second edition"))
                .header("ETag", "\"1\"");

        // the version read before the update is stale now
        asAdmin().header("If-Match", etag).body(changed).put("/api/v1/practices/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));
        asAdmin().body(changed).put("/api/v1/practices/" + id).then().statusCode(428);
        // If-Match compares strongly (RFC 9110): a weak tag of the current version does not match
        asAdmin().header("If-Match", "W/\"1\"").body(changed).put("/api/v1/practices/" + id).then().statusCode(412);
        // a header that is no entity-tag (unquoted) is bad input, not a stale version, and changes nothing
        asAdmin().header("If-Match", "1").body(practice("Unquoted")).put("/api/v1/practices/" + id).then().statusCode(400)
                .body("violations.field", contains("If-Match"));
        // an empty one reaches the service as no header at all: a version is still required
        asAdmin().header("If-Match", " ").body(practice("Empty")).put("/api/v1/practices/" + id).then().statusCode(428);
        asAdmin().header("If-Match", "*").body(changed).put("/api/v1/practices/" + id).then().statusCode(200);
        asAdmin().header("If-Match", "\"2\"").body(changed).put("/api/v1/practices/" + id).then().statusCode(200);
        // a list of tags matches when any of them does (RFC 9110 section 13.1.1)
        asAdmin().header("If-Match", "\"1\", \"2\"").body(changed).put("/api/v1/practices/" + id).then().statusCode(412);
        asAdmin().header("If-Match", "\"1\", \"3\"").body(changed).put("/api/v1/practices/" + id).then().statusCode(200);
        asAdmin().get("/api/v1/practices/" + id).then().body("title", equalTo("Mentoring for newcomers, second edition"));
    }

    @Test
    void invalidInputAnswersProblemWithViolationsAndStoresNothing() {
        Map<String, Object> body = practice("Broken practice");
        body.put("country", "Belgium");
        body.put("themes", List.of("employment", "juggling"));
        body.put("organisations", List.of(Map.of("name", "", "type", "ngo")));
        asAdmin().body(body).post("/api/v1/practices").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Validation failed"))
                .body("violations.field", hasItems("country", "themes[1]", "organisations[0].name"))
                .body("trace", nullValue());
        given().queryParam("q", "Broken").get("/api/v1/practices").then().body("total", equalTo(0));
        asAdmin().queryParam("status", "draft").queryParam("q", "Broken").get("/api/v1/practices").then()
                .body("total", equalTo(0));
    }

    @Test
    void malformedJsonAnswers400Problem() {
        asAdmin().body("{\"title\": ").post("/api/v1/practices").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Malformed request body"));
        asAdmin().body("{\"startYear\": \"soon\"}").post("/api/v1/practices").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("startYear"));
    }

    @Test
    void unreadableParametersAndNulCharactersAnswer400() {
        given().queryParam("page", "abc").get("/api/v1/practices").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("page", 2000000000).get("/api/v1/practices").then().statusCode(400);
        given().queryParam("q", "lang\u0000uage").get("/api/v1/practices").then().statusCode(400);
        Map<String, Object> body = practice("Nul\u0000title");
        asAdmin().body(body).post("/api/v1/practices").then().statusCode(400).body("violations[0].field", equalTo("title"));
    }

    @Test
    void writesNeedAnEditorOrAdminKey() {
        Map<String, Object> body = practice("Secured practice");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/practices").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        as("not-a-key").body(body).post("/api/v1/practices").then().statusCode(401);
        String partner = issueKey("partner", "partner-org");
        as(partner).body(body).post("/api/v1/practices").then().statusCode(403)
                .contentType("application/problem+json");
        String editor = issueKey("editor", "catalogue-team");
        as(editor).body(body).post("/api/v1/practices").then().statusCode(201);
    }

    @Test
    void draftsAreVisibleOnlyToEditors() {
        String id = create(practice("Hidden draft"));
        given().get("/api/v1/practices/" + id).then().statusCode(404);
        given().queryParam("status", "draft").get("/api/v1/practices").then().statusCode(401);
        as(issueKey("partner", "curious-partner")).queryParam("status", "draft").get("/api/v1/practices").then()
                .statusCode(403);
        asAdmin().get("/api/v1/practices/" + id).then().statusCode(200);
        io.restassured.path.json.JsonPath published = asAdmin().post("/api/v1/practices/" + id + "/publish").then()
                .statusCode(200).body("status", equalTo("published")).extract().jsonPath();
        // a write answers the instants a later read shows (microseconds, as stored), not the clock's nanoseconds
        io.restassured.path.json.JsonPath read = given().get("/api/v1/practices/" + id).then().statusCode(200)
                .body("publishedAt", notNullValue()).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(read.getString("publishedAt")).isEqualTo(published.getString("publishedAt"));
        org.assertj.core.api.Assertions.assertThat(read.getString("updatedAt")).isEqualTo(published.getString("updatedAt"));
    }

    @Test
    void transitionsFollowTheLifecycle() {
        String id = create(practice("Lifecycle"));
        asAdmin().post("/api/v1/practices/" + id + "/publish").then().statusCode(200);
        asAdmin().post("/api/v1/practices/" + id + "/publish").then().statusCode(409)
                .body("detail", containsString("published practice cannot become published"));
        asAdmin().delete("/api/v1/practices/" + id).then().statusCode(409);
        asAdmin().post("/api/v1/practices/" + id + "/archive").then().statusCode(200).body("status", equalTo("archived"));
        asAdmin().post("/api/v1/practices/" + id + "/archive").then().statusCode(409);
        given().get("/api/v1/practices/" + id).then().statusCode(404);
        asAdmin().header("If-Match", "\"0\"").post("/api/v1/practices/" + id + "/publish").then().statusCode(412);
    }

    @Test
    void draftsCanBeDeleted() {
        String id = create(practice("Short-lived draft"));
        asAdmin().delete("/api/v1/practices/" + id).then().statusCode(204);
        asAdmin().get("/api/v1/practices/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownIdsAnswer404Problem() {
        String missing = "/api/v1/practices/00000000-0000-0000-0000-000000000000";
        given().get(missing).then().statusCode(404).contentType("application/problem+json");
        asAdmin().body(practice("x")).header("If-Match", "\"0\"").put(missing).then().statusCode(404);
        asAdmin().post(missing + "/publish").then().statusCode(404);
    }

    @Test
    void aSourceReferenceIsCataloguedOnce() {
        Map<String, Object> body = practice("Once only");
        create(body);
        asAdmin().body(body).post("/api/v1/practices").then().statusCode(409);
    }

    @Test
    void vocabulariesListEveryControlledVocabulary() {
        given().get("/api/v1/vocabularies").then().statusCode(200)
                .body("name", hasItems("scopes", "organisationTypes", "themes", "targetGroups", "funding", "sources", "statuses"))
                .body("find { it.name == 'themes' }.terms.code", hasItem("language-learning"))
                .body("find { it.name == 'funding' }.terms.label", hasItem("Asylum, Migration and Integration Fund (AMIF)"));
    }
}
