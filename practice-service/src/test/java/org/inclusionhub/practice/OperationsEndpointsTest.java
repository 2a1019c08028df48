package org.inclusionhub.practice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessCoversTheDatabaseAndThePipelineGroupCoversKafkaAndTheOutbox() {
        // a broker outage must not take the service out of traffic: Kafka is reported in its own group
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
        given().get("/q/health/group/pipeline").then().body("checks.name", hasItems("kafka-broker", "outbox"));
    }

    @Test
    void metricsShowTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("outbox_pending_events"));
    }

    @Test
    void openApiDescribesThePracticeEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/practices"));
    }
}
