package org.inclusionhub.assessment.assessments.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;
import static org.inclusionhub.assessment.AssessmentFixtures.springAssessment;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentOutboxTest {

    @Test
    void submittedAndWithdrawnAssessmentsLeaveThroughTheOutboxWithScoresAsTheirContractSays() {
        UUID practice = practice("published", "AT", List.of("employment"));
        String id = asAdmin().queryParam("submit", true).body(springAssessment(practice, "met"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        asAdmin().post("/api/v1/assessments/" + id + "/withdraw").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TestTopics.awaitRecords("assessments", Duration.ofSeconds(30), 2,
                r -> id.equals(r.key()));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).value()).contains("\"type\":\"assessment.submitted\"", "\"score\":75.0",
                "\"practiceId\":\"" + practice + "\"");
        assertThat(records.get(1).value()).contains("\"type\":\"assessment.withdrawn\"");
        records.forEach(r -> EventContracts.assertConforms(r.value()));
    }
}
