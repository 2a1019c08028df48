package org.inclusionhub.assessment.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;
import static org.inclusionhub.assessment.AssessmentFixtures.springAssessment;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.commons.testing.SseClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LiveStatisticsStreamTest {

    @TestHTTPResource("/api/v1/frameworks/statistics/stream")
    URL stream;

    @Test
    void aSubmittedAssessmentIsAnnouncedOnTheStream() {
        UUID practice = practice("published", "FI", List.of("health"));
        try (SseClient client = SseClient.open(stream.toString(), null)) {
            asAdmin().queryParam("submit", true).body(springAssessment(practice, "met")).post("/api/v1/assessments")
                    .then().statusCode(201);
            SseClient.Event event = client.next("statistics-changed", e -> e.data().contains("spring-gpc@1"), Duration.ofSeconds(30));
            assertThat(event.id()).isNotBlank();
            assertThat(event.data()).contains("\"stream\":\"assessment-statistics\"", "\"subject\":\"spring-gpc@1\"");
        }
    }
}
