package org.inclusionhub.practice.practices.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.create;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.inclusionhub.commons.outbox.OutboxEvent;
import org.inclusionhub.commons.outbox.OutboxRelay;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.KafkaTestBroker;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PracticeOutboxTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void aCreatedPracticeLeavesThroughTheOutboxAsACloudEvent() throws Exception {
        String id = create(practice("Outbox witness"));

        ConsumerRecord<String, String> record = TestTopics.awaitRecord("practices", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && r.value().contains("\"practice.created\""));
        JsonNode event = mapper.readTree(record.value());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("practice.created");
        assertThat(event.path("source").asText()).isEqualTo("/inclusion-hub/practice-service");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("schemaversion").asText()).isEqualTo("1");
        assertThat(event.path("id").asText()).isNotBlank();
        assertThat(event.path("time").asText()).isNotBlank();
        assertThat(event.path("data").path("title").asText()).isEqualTo("Outbox witness");
        assertThat(event.path("data").path("language").asText()).as("the language search stems the texts in").isEqualTo("en");
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("practice.created");
    }

    @Test
    void everyPracticeEventTypeConformsToItsContract() {
        String id = create(practice("Contract witness"));
        asAdmin().header("If-Match", "\"0\"").body(practice("Contract witness, renamed")).put("/api/v1/practices/" + id)
                .then().statusCode(200);
        asAdmin().post("/api/v1/practices/" + id + "/publish").then().statusCode(200);
        asAdmin().post("/api/v1/practices/" + id + "/archive").then().statusCode(200);
        String draft = create(practice("Contract witness, deleted"));
        asAdmin().delete("/api/v1/practices/" + draft).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = TestTopics.awaitRecords("practices", Duration.ofSeconds(30), 6,
                r -> id.equals(r.key()) || draft.equals(r.key()));
        assertThat(records).extracting(r -> mapper.readTree(r.value()).path("type").asText()).containsExactlyInAnyOrder(
                "practice.created", "practice.updated", "practice.published", "practice.archived", "practice.created",
                "practice.deleted");
        records.forEach(r -> EventContracts.assertConforms(r.value()));
    }

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Test
    void sentRowsArePurgedAfterTheirRetentionAndPendingAndParkedRowsNever() {
        String id = create(practice("Purged after sending"));
        TestTopics.awaitRecord("practices", Duration.ofSeconds(30), r -> id.equals(r.key()));
        assertThat(count("status = 'sent'")).isPositive();

        // an old pending and an old parked row, visible only inside this transaction (rolled back, so the relay never sends them)
        QuarkusTransaction.begin();
        try {
            for (String status : List.of("pending", "parked")) {
                em.createNativeQuery("insert into outbox_event (event_id, topic, aggregate_id, event_type, payload, created_at, status) "
                        + "values (gen_random_uuid(), 'purge-witness', 'witness', 'witness', '{}', now() - interval '30 days', :status)")
                        .setParameter("status", status).executeUpdate();
            }
            assertThat(relay.purgeSentBefore(Instant.now().plusSeconds(60))).isPositive();
            assertThat(countInTransaction("status = 'sent' and sent_at < now()")).isZero();
            assertThat(countInTransaction("topic = 'purge-witness'")).isEqualTo(2);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** A prepared statement runs on a generic plan after five runs; the relay's queries must still use their partial index. */
    @Test
    void theRelayQueriesUseTheirPartialIndexesUnderAGenericPlan() {
        assertThat(genericPlanOf(OutboxEvent.OLDEST_PENDING_SQL, "int", "100")).contains("outbox_event_pending");
        assertThat(genericPlanOf(OutboxEvent.PARKED_AFTER_SQL, "bigint, int", "0, 100")).contains("outbox_event_parked");
    }

    private String genericPlanOf(String sql, String parameterTypes, String arguments) {
        String positional = sql.replaceAll("\\?(\\d)", "\\$$1");
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local plan_cache_mode = force_generic_plan").executeUpdate();
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            em.createNativeQuery("prepare relay_query_plan (" + parameterTypes + ") as " + positional).executeUpdate();
            try {
                List<?> lines = em.createNativeQuery("explain execute relay_query_plan (" + arguments + ")").getResultList();
                return String.join("\n", lines.stream().map(Object::toString).toList());
            } finally {
                em.createNativeQuery("deallocate relay_query_plan").executeUpdate();
            }
        });
    }

    private long countInTransaction(String condition) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where " + condition).getSingleResult()).longValue();
    }

    private long count(String condition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where " + condition).getSingleResult()).longValue());
    }

    @Test
    void eventsOfOnePracticeKeepTheirOrder() {
        String id = create(practice("Ordered events"));
        asAdmin().post("/api/v1/practices/" + id + "/publish").then().statusCode(200);
        asAdmin().post("/api/v1/practices/" + id + "/archive").then().statusCode(200);
        var records = TestTopics.awaitRecords("practices", Duration.ofSeconds(30), 3, r -> id.equals(r.key()));
        assertThat(records).extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .containsExactly("practice.created", "practice.published", "practice.archived");
    }

    @Test
    void aWriteSucceedsWhileKafkaIsDownAndItsEventFollowsWhenKafkaIsBack() {
        KafkaTestBroker broker = KafkaTestBroker.shared();
        broker.stop();
        String id;
        try {
            id = create(practice("Written during an outage"));
            asAdmin().get("/api/v1/practices/" + id).then().statusCode(200);
        } finally {
            broker.start();
        }
        ConsumerRecord<String, String> record = TestTopics.awaitRecord("practices", Duration.ofSeconds(90),
                r -> id.equals(r.key()) && r.value().contains("\"practice.created\""));
        assertThat(record.value()).contains("Written during an outage");
    }
}
