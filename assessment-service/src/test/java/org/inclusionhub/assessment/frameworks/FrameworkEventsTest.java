package org.inclusionhub.assessment.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.KafkaTestBroker;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

/** Every stored framework version leaves as framework.published on the compacted frameworks topic. */
@QuarkusTest
class FrameworkEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FrameworkService frameworks;

    @Test
    void theSeededFrameworksAndEachNewVersionArePublishedAsTheirContractSays() {
        for (String code : List.of("spring-gpc", "inclucities-benchmarks", "youmig-criteria", "erasmi-quality-criteria")) {
            String id = frameworks.get(code, 1).id.toString();
            ConsumerRecord<String, String> record = TestTopics.awaitRecord("frameworks", Duration.ofSeconds(30),
                    r -> id.equals(r.key()));
            assertThat(record.value()).contains("\"type\":\"framework.published\"", "\"code\":\"" + code + "\"",
                    "\"version\":1");
            EventContracts.assertConforms(record.value());
        }

        Map<String, Object> body = Map.of("code", "event-criteria", "version", 1, "name", "Event criteria", "kind",
                "checklist", "areas", List.of(Map.of("code", "E", "title", "Events", "questions", List.of(Map.of(
                        "code", "E.1", "text", "Is it announced?", "items", List.of(Map.of("code", "E.1.1",
                                "text", "Once.")))))));
        asAdmin().body(body).post("/api/v1/frameworks").then().statusCode(201);
        String id = frameworks.get("event-criteria", 1).id.toString();
        ConsumerRecord<String, String> record = TestTopics.awaitRecord("frameworks", Duration.ofSeconds(30),
                r -> id.equals(r.key()));
        assertThat(record.value()).contains("\"name\":\"Event criteria\"", "\"kind\":\"checklist\"");
        EventContracts.assertConforms(record.value());
    }

    @Test
    void everyStartAnnouncesEveryVersionAgainOnACompactedTopic() throws Exception {
        String id = frameworks.get("youmig-criteria", 1).id.toString();
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        QuarkusTransaction.requiringNew().run(() -> frameworks.seed(null));

        TestTopics.awaitRecord("frameworks", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && !eventTime(r.value()).isBefore(before));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.shared().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "frameworks");
            String policy = admin.describeConfigs(List.of(topic)).all().get().get(topic)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            assertThat(policy).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    private static Instant eventTime(String cloudEvent) {
        try {
            return Instant.parse(JSON.readTree(cloudEvent).path("time").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
