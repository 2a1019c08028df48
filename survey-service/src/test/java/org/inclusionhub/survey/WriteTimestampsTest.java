package org.inclusionhub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** A write answers the timestamps that every later read shows: what PostgreSQL keeps (microseconds). */
@QuarkusTest
class WriteTimestampsTest {

    @Test
    void aSubmissionAnswersTheTimestampsItsReadShows() {
        publishTestSurvey("timestamps-survey");
        String key = registerPartner("partner-timestamps").get("key");
        for (int i = 0; i < 5; i++) {
            JsonPath written = as(key).body(response("Net " + i, "DE", "formal", "[\"education\"]", "no", 10))
                    .post("/api/v1/surveys/timestamps-survey/responses").then().statusCode(201).extract().jsonPath();
            JsonPath read = as(key).get("/api/v1/surveys/timestamps-survey/responses/" + written.getString("id")).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(written.getString("createdAt")).isEqualTo(read.getString("createdAt"));
            assertThat(written.getString("updatedAt")).isEqualTo(read.getString("updatedAt"));
        }
    }
}
