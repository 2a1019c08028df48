package org.inclusionhub.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service starts on its own database, reports health, documents its API and guards its keys. */
@QuarkusTest
class SurveyServiceStartsTest {

    @Test
    void isReadyWithDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Inclusion Hub survey-service"));
    }

    @Test
    void apiKeysNeedTheAdminKey() {
        given().get("/api/v1/api-keys").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer test-admin-key").contentType("application/json")
                .body(Map.of("role", "editor", "owner", "first-editor"))
                .post("/api/v1/api-keys").then().statusCode(201).body("role", equalTo("editor"));
    }
}
