package org.inclusionhub.practice;

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
        BadInputRun.assertEveryCaseRefused("practice-service", ADMIN_KEY, dataSource, Set.of("practice_score"));
    }

    /** The limits the validators enforce are in the OpenAPI document too (a sample of them). */
    @Test
    void theLimitsAreDocumentedInTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.PracticeContent.properties.title.maxLength", equalTo(300))
                .body("components.schemas.PracticeContent.properties.organisations.maxItems", equalTo(100))
                .body("components.schemas.PracticeContent.properties.translations.maxProperties", equalTo(30))
                .body("components.schemas.CreateApiKeyRequest.properties.owner.maxLength", equalTo(200));
    }
}
