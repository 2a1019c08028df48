package org.inclusionhub.assessment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.commons.testing.ApiClient.ADMIN_KEY;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.inclusionhub.commons.testing.badinput.BadInputCase;
import org.inclusionhub.commons.testing.badinput.BadInputRun;
import org.inclusionhub.commons.testing.badinput.OpenApiBadInputs;
import org.junit.jupiter.api.Test;

/** Every bad input generated from this service's OpenAPI document is a named 4xx that changes nothing. */
@QuarkusTest
class OpenApiBadInputTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyGeneratedBadInputIsANamed4xxThatChangesNothing() {
        List<BadInputCase> cases = OpenApiBadInputs.from(given().get("/q/openapi?format=json").asString());
        BadInputRun.Result result = BadInputRun.run(cases, ADMIN_KEY, dataSource, Set.of("practice_replica", "score_stat", "score_contribution"));
        System.out.println("assessment-service " + result.summary());
        assertThat(result.serverErrors()).isEmpty();
        assertThat(result.accepted()).isEmpty();
        assertThat(result.changedRows()).isEmpty();
        assertThat(result.notProblemJson()).isEmpty();
        assertThat(result.unnamed()).isEmpty();
        assertThat(result.cases()).isGreaterThanOrEqualTo(500);
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
