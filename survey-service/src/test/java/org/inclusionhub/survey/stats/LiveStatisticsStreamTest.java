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
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.inclusionhub.commons.live.ChangePosition;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.commons.testing.SseClient;
import org.junit.jupiter.api.Test;

/** The Server-Sent Events stream of the survey statistics: an event per change, heartbeats, resumption. */
@QuarkusTest
class LiveStatisticsStreamTest {

    @TestHTTPResource("/api/v1/surveys/statistics/stream")
    URL stream;

    @Inject
    StatisticsChanges changes;

    @Test
    void anEventPerChangeHeartbeatsAndResumptionAfterLastEventId() {
        publishTestSurvey("live-survey");
        String key = registerPartner("partner-live").get("key");
        String first;
        String second;
        try (SseClient client = SseClient.open(stream.toString(), null)) {
            as(key).body(response("Live A", "DE", "formal", "[\"health\"]", "no", 1))
                    .post("/api/v1/surveys/live-survey/responses").then().statusCode(201);
            SseClient.Event a = client.next("statistics-changed", e -> e.data().contains("live-survey@1"), Duration.ofSeconds(30));
            first = a.id();
            as(key).body(response("Live B", "DE", "formal", "[\"health\"]", "no", 2))
                    .post("/api/v1/surveys/live-survey/responses").then().statusCode(201);
            second = client.next("statistics-changed", e -> e.data().contains("live-survey@1"), Duration.ofSeconds(30)).id();
            assertThat(ChangePosition.parse(second).orElseThrow()).isGreaterThan(ChangePosition.parse(first).orElseThrow());
            // nothing happens for a while: a heartbeat keeps the connection
            client.next("heartbeat", Duration.ofSeconds(10));
        }
        // a client that saw only the first change reconnects and receives the second at once
        try (SseClient resumed = SseClient.open(stream.toString(), first)) {
            assertThat(resumed.next("statistics-changed", e -> e.data().contains("live-survey@1"), Duration.ofSeconds(10)).id())
                    .isEqualTo(second);
        }
    }

    /** The race that lost changes: a transaction that recorded first commits last. */
    @Test
    void aChangeThatCommitsLateReachesLiveAndResumingClients() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        try (SseClient live = SseClient.open(stream.toString(), null)) {
            QuarkusTransaction.requiringNew().run(() -> changes.record(SurveyStatisticsProjection.STREAM, marker));
            String markerId = live.next("statistics-changed", e -> e.data().contains(marker), Duration.ofSeconds(10)).id();

            CountDownLatch recorded = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread slow = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
                changes.record(SurveyStatisticsProjection.STREAM, marker + "-late");
                recorded.countDown();
                await(release);
            }));
            slow.start();
            recorded.await();
            QuarkusTransaction.requiringNew().run(() -> changes.record(SurveyStatisticsProjection.STREAM, marker + "-early"));
            Thread.sleep(1500); // the stream polls and is woken while the slow transaction is still open
            release.countDown();
            slow.join();

            List<String> seen = new ArrayList<>();
            seen.add(subject(live.next("statistics-changed", e -> e.data().contains(marker), Duration.ofSeconds(10))));
            seen.add(subject(live.next("statistics-changed", e -> e.data().contains(marker), Duration.ofSeconds(10))));
            assertThat(seen).containsExactlyInAnyOrder(marker + "-late", marker + "-early");

            try (SseClient resumed = SseClient.open(stream.toString(), markerId)) {
                List<String> again = new ArrayList<>();
                again.add(subject(resumed.next("statistics-changed", e -> e.data().contains(marker), Duration.ofSeconds(10))));
                again.add(subject(resumed.next("statistics-changed", e -> e.data().contains(marker), Duration.ofSeconds(10))));
                assertThat(again).containsExactlyInAnyOrderElementsOf(seen);
            }
        }
    }

    @Test
    void aPositionAheadOfTheLogOrUnreadableGetsReset() {
        for (String lastEventId : List.of("999999999999-1", "not-a-position")) {
            try (SseClient client = SseClient.open(stream.toString(), lastEventId)) {
                SseClient.Event reset = client.next("reset", Duration.ofSeconds(5));
                assertThat(ChangePosition.parse(reset.id())).isPresent();
                assertThat(reset.data()).contains("reason");
            }
        }
    }

    @Test
    void purgedChangesMoveTheHorizonAndAnOlderClientIsReset() {
        String subject = "purged-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> changes.record(SurveyStatisticsProjection.STREAM, subject));
        ChangePosition head = QuarkusTransaction.requiringNew().call(() -> changes.head(SurveyStatisticsProjection.STREAM));
        long purged = QuarkusTransaction.requiringNew().call(() -> changes.purgeBefore(java.time.Instant.now().plusSeconds(60)));
        assertThat(purged).isPositive();
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.horizon(SurveyStatisticsProjection.STREAM)))
                .isGreaterThanOrEqualTo(head);
        try (SseClient client = SseClient.open(stream.toString(), "1-1")) {
            assertThat(client.next("reset", Duration.ofSeconds(5)).data()).contains("older than the change log keeps");
        }
    }

    private static String subject(SseClient.Event e) {
        return e.data().replaceAll(".*\"subject\":\"([^\"]+)\".*", "$1");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
