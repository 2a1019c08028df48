package org.inclusionhub.survey.responses.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SurveyOutboxTest {

    @Test
    void submittedUpdatedAndWithdrawnResponsesLeaveThroughTheOutboxAsTheirContractSays() {
        publishTestSurvey("outbox-survey");
        String key = registerPartner("partner-outbox").get("key");
        String r = "/api/v1/surveys/outbox-survey/responses/";
        String id = as(key).body(response("Out", "PL", "formal", "[\"health\"]", "no", null)).post(r).then().statusCode(201)
                .extract().path("id");
        as(key).header("If-Match", "\"0\"").body(response("Out", "PL", "informal", "[\"health\"]", "no", null))
                .put(r + id).then().statusCode(200);
        as(key).post(r + id + "/withdraw").then().statusCode(200);
        var records = TestTopics.awaitRecords("survey-responses", Duration.ofSeconds(30), 3, rec -> id.equals(rec.key()));
        assertThat(records).extracting(rec -> new String(rec.headers().lastHeader("ce_type").value(), java.nio.charset.StandardCharsets.UTF_8))
                .containsExactly("survey-response.submitted", "survey-response.updated", "survey-response.withdrawn");
        assertThat(records.get(0).value()).contains("\"partner\":\"partner-outbox\"", "\"type\":\"formal\"");
        records.forEach(rec -> EventContracts.assertConforms(rec.value()));
    }
}
