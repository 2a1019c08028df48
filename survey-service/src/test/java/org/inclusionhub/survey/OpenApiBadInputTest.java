package org.inclusionhub.survey;

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
        BadInputRun.assertEveryCaseRefused("survey-service", ADMIN_KEY, dataSource, Set.of("survey_stat", "survey_contribution"));
    }

    /** The limits the validators enforce are in the OpenAPI document too (a sample of them). */
    @Test
    void theLimitsAreDocumentedInTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.SurveyDefinition.properties.questions.maxItems", equalTo(500))
                .body("components.schemas.Question.properties.text.maxLength", equalTo(2000))
                .body("components.schemas.Option.properties.label.maxLength", equalTo(500))
                .body("components.schemas.RegisterPartnerRequest.properties.contactEmail.maxLength", equalTo(254));
    }
}
