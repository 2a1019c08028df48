package org.inclusionhub.survey.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.inclusionhub.commons.testing.SseClient;
import org.junit.jupiter.api.Test;

/** The Server-Sent Events stream of the survey statistics: an event per change, heartbeats, resumption. */
@QuarkusTest
class LiveStatisticsStreamTest {

    @TestHTTPResource("/api/v1/surveys/statistics/stream")
    URL stream;

    @Test
    void anEventPerChangeHeartbeatsAndResumptionAfterLastEventId() {
        publishTestSurvey("live-survey");
        String key = registerPartner("partner-live").get("key");
        String first;
        String second;
        try (SseClient client = SseClient.open(stream.toString(), null)) {
            as(key).body(response("Live A", "DE", "formal", "[\"health\"]", "no", 1))
                    .post("/api/v1/surveys/live-survey/responses").then().statusCode(201);
            SseClient.Event a = client.next("statistics-changed", Duration.ofSeconds(30));
            assertThat(a.data()).contains("\"subject\":\"live-survey@1\"");
            first = a.id();
            as(key).body(response("Live B", "DE", "formal", "[\"health\"]", "no", 2))
                    .post("/api/v1/surveys/live-survey/responses").then().statusCode(201);
            second = client.next("statistics-changed", Duration.ofSeconds(30)).id();
            assertThat(Long.parseLong(second)).isGreaterThan(Long.parseLong(first));
            // nothing happens for a while: a heartbeat keeps the connection
            client.next("heartbeat", Duration.ofSeconds(10));
        }
        // a client that saw only the first change reconnects and receives the second at once
        try (SseClient resumed = SseClient.open(stream.toString(), first)) {
            assertThat(resumed.next("statistics-changed", Duration.ofSeconds(10)).id()).isEqualTo(second);
        }
    }
}
