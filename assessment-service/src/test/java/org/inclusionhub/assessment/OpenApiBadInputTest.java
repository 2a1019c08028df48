package org.inclusionhub.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.commons.testing.ApiClient.ADMIN_KEY;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.inclusionhub.commons.testing.badinput.BadInputRun;
import org.junit.jupiter.api.Test;

/** Every bad input generated from this service's OpenAPI document is a named 4xx that changes nothing. */
@QuarkusTest
class OpenApiBadInputTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyGeneratedBadInputIsANamed4xxThatChangesNothing() {
        BadInputRun.assertEveryCaseRefused("assessment-service", ADMIN_KEY, dataSource, Set.of("practice_replica", "score_stat", "score_contribution"));
    }

    /** The limits the validators enforce are in the OpenAPI document too (a sample of them). */
    @Test
    void theLimitsAreDocumentedInTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.AssessmentContent.properties.evidence.maxItems", equalTo(50))
                .body("components.schemas.AssessmentContent.properties.answers.maxItems", equalTo(1000))
                .body("components.schemas.Answer.properties.narrative.maxLength", equalTo(20000));
    }
}
