package org.inclusionhub.survey;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.commons.outbox.OutboxProducer;
import org.inclusionhub.commons.outbox.OutboxWriter;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

/**
 * An event Kafka can never take does not stall the outbox: it is parked, the events behind it arrive,
 * health says why, and a re-drive after the limit is raised delivers it.
 */
@QuarkusTest
class OutboxParkingTest {

    private static final String TOPIC = "outbox-parking-test";

    @Inject
    OutboxWriter outbox;
    @Inject
    OutboxProducer producer;
    @Inject
    EntityManager em;

    @Test
    void anOversizedEventIsParkedTheRestArriveAndARedriveDeliversIt() {
        int limit = producer.maxEventBytes();
        String[] ids = QuarkusTransaction.requiringNew().call(() -> new String[] {
                outbox.append(TOPIC, "test.small", "agg-before", Map.of("n", 1)),
                outbox.append(TOPIC, "test.large", "agg-large", Map.of("blob", "x".repeat(limit + 1000))),
                outbox.append(TOPIC, "test.small", "agg-after", Map.of("n", 2))});
        String before = ids[0];
        String large = ids[1];
        String after = ids[2];

        List<ConsumerRecord<String, String>> arrived = TestTopics.awaitRecords(TOPIC, Duration.ofSeconds(30), 2,
                r -> r.value().contains(before) || r.value().contains(after));
        assertThat(arrived).hasSize(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(status(large)).isEqualTo("parked"));

        given().get("/q/health/group/pipeline").then().statusCode(503)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'outbox' }.data.reason", containsString("parked"));
        long rowId = rowId(large);
        asAdmin().get("/api/v1/outbox/parked?size=100").then().statusCode(200)
                .body("items.eventId", hasItem(large))
                .body("items.find { it.eventId == '" + large + "' }.lastError", containsString("RecordTooLarge"));
        given().get("/api/v1/outbox/parked").then().statusCode(401);

        try {
            producer.changeMaxEventBytes(limit * 2);
            asAdmin().post("/api/v1/outbox/parked/" + rowId + "/redrive").then().statusCode(200);
            TestTopics.awaitRecord(TOPIC, Duration.ofSeconds(30), r -> r.value().contains(large));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(status(large)).isEqualTo("sent"));
        } finally {
            producer.changeMaxEventBytes(limit);
        }
        asAdmin().post("/api/v1/outbox/parked/" + rowId + "/redrive").then().statusCode(409);
        asAdmin().post("/api/v1/outbox/parked/999999999/redrive").then().statusCode(404);
        given().get("/q/health/group/pipeline").then()
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"));
    }

    @Test
    void healthAnswersAtOnceAndNamesTheBroker() {
        given().get("/q/health/group/pipeline").then()
                .body("checks.name", hasItem("kafka-broker"))
                .time(org.hamcrest.Matchers.lessThan(2000L));
        given().get("/q/health/ready").then().statusCode(200);
        Set<String> metrics = Set.of(given().get("/q/metrics").asString().split("\n")).stream()
                .map(l -> l.split("[{ ]")[0]).collect(Collectors.toSet());
        assertThat(metrics).contains("outbox_pending_events", "outbox_parked_events", "outbox_oldest_pending_age_seconds",
                "outbox_sent_events_total");
    }

    private String status(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select status from outbox_event where event_id = cast(:id as uuid)").setParameter("id", eventId).getSingleResult());
    }

    private long rowId(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from outbox_event where event_id = cast(:id as uuid)").setParameter("id", eventId).getSingleResult())
                .longValue());
    }
}
