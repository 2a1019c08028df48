package org.inclusionhub.practice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

    @Test
    void anAdminIssuesListsRotatesAndRevokesKeys() {
        JsonPath issued = asAdmin().body(Map.of("role", "editor", "owner", "rotating-team"))
                .post("/api/v1/api-keys").then().statusCode(201)
                .body("key", startsWith("ih_")).body("role", equalTo("editor")).extract().jsonPath();
        String id = issued.getString("id");
        String key = issued.getString("key");

        asAdmin().queryParam("owner", "rotating-team").get("/api/v1/api-keys").then().statusCode(200)
                .body("id", hasItem(id))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("key")));
        as(key).body(practice("By a rotating key")).post("/api/v1/practices").then().statusCode(201);

        String rotated = asAdmin().post("/api/v1/api-keys/" + id + "/rotate").then().statusCode(200).extract().path("key");
        as(key).get("/api/v1/practices").then().statusCode(401);
        as(rotated).body(practice("By the rotated key")).post("/api/v1/practices").then().statusCode(201);

        asAdmin().delete("/api/v1/api-keys/" + id).then().statusCode(204);
        as(rotated).body(practice("After revocation")).post("/api/v1/practices").then().statusCode(401);
        asAdmin().delete("/api/v1/api-keys/" + id).then().statusCode(404);
    }

    @Test
    void onlyAdminsManageKeysAndInputIsChecked() {
        String editor = issueKeyFor("editor");
        as(editor).body(Map.of("role", "admin", "owner", "me")).post("/api/v1/api-keys").then().statusCode(403);
        given().get("/api/v1/api-keys").then().statusCode(401);
        asAdmin().body(Map.of("role", "superuser", "owner", "x")).post("/api/v1/api-keys").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void twoCredentialsNameNoOneCaller() {
        // the first of two Authorization headers was taken, the second ignored
        given().header("Authorization", "Bearer test-admin-key").header("Authorization", "Bearer zzz")
                .queryParam("status", "draft").get("/api/v1/practices").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("Authorization"));
    }

    private static String issueKeyFor(String role) {
        return org.inclusionhub.commons.testing.ApiClient.issueKey(role, "someone");
    }
}
