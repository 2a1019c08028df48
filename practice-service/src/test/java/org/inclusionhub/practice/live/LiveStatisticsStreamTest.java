package org.inclusionhub.practice.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.practice.PracticeFixtures.create;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.inclusionhub.commons.testing.SseClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LiveStatisticsStreamTest {

    @TestHTTPResource("/api/v1/practices/statistics/stream")
    URL stream;

    @Test
    void aPublishedChangeIsAnnouncedAndADraftIsNot() {
        try (SseClient client = SseClient.open(stream.toString(), null)) {
            String draft = create(practice("Streamed draft"));
            String published = createPublished(practice("Streamed practice"));
            SseClient.Event event = client.next("statistics-changed", e -> e.data().contains(published) || e.data().contains(draft),
                    Duration.ofSeconds(30));
            assertThat(event.data()).contains(published).doesNotContain(draft).contains("\"stream\":\"practices\"");
            assertThat(event.id()).isNotBlank();
        }
    }
}
