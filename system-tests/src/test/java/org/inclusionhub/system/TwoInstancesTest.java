package org.inclusionhub.system;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.inclusionhub.commons.testing.KafkaTestBroker;
import org.inclusionhub.commons.testing.SseClient;
import org.inclusionhub.commons.testing.TestDatabase;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service on one database each and one broker, under concurrent writes spread
 * over both: the outbox sends each event once and in order per aggregate, the consumers of a group split
 * the partitions, the projections equal a recomputation from the stored rows, and a live client of either
 * instance receives the last change.
 */
class TwoInstancesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SURVEY = "erasmi-networks";
    private static final String RESPONSES = "/api/v1/surveys/" + SURVEY + "/responses";
    private static final List<String> COUNTRIES = List.of("DE", "IE", "IT", "TR", "GB");
    private static final List<String> FIELDS = List.of("labour-market", "language", "inclusion-integration-in-general");
    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem(2);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void bothInstancesShareTheWorkAndAgreeOnEveryFigure() throws Exception {
        List<SseClient> live = List.of(
                SseClient.open(system.url("survey", 0, "/api/v1/surveys/statistics/stream"), null),
                SseClient.open(system.url("survey", 1, "/api/v1/surveys/statistics/stream"), null));
        String partnerKey = field(system.call("POST", "survey", "/api/v1/partners", null,
                "{\"code\":\"two-instances\",\"name\":\"Two instances\"}"), "key");

        Set<String> responseIds = ConcurrentHashMap.newKeySet();
        Set<String> practiceIds = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int client = t;
            work.add(clients.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    int n = client * 100 + i;
                    int instance = n % 2;
                    String id = created(system.call("POST", "survey", instance, RESPONSES, partnerKey, response(n), Map.of()));
                    responseIds.add(id);
                    if (i % 5 == 0) {       // updated on the other instance
                        expect(system.call("PUT", "survey", 1 - instance, RESPONSES + "/" + id, partnerKey, response(n + 1),
                                Map.of("If-Match", "\"0\"")), 200);
                    }
                    if (i % 7 == 0) {       // withdrawn on the other instance
                        expect(system.call("POST", "survey", 1 - instance, RESPONSES + "/" + id + "/withdraw", partnerKey, null,
                                Map.of()), 200);
                    }
                }
                for (int i = 0; i < 3; i++) {
                    int n = client * 10 + i;
                    String id = created(system.call("POST", "practice", n % 2, "/api/v1/practices", null, practice(n), Map.of()));
                    practiceIds.add(id);
                    expect(system.call("POST", "practice", 1 - n % 2, "/api/v1/practices/" + id + "/publish", null, null, Map.of()), 200);
                    expect(system.call("POST", "practice", n % 2, "/api/v1/practices/" + id + "/archive", null, null, Map.of()), 200);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        clients.shutdown();

        // projections equal a recomputation from the stored rows, on both instances
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Map<String, Long> recomputed = recomputedSurveyFigures();
            assertThat(surveyFigures(0)).isEqualTo(recomputed);
            assertThat(surveyFigures(1)).isEqualTo(recomputed);
        });
        assertThat(recomputedSurveyFigures()).containsKey("respondents").extractingByKey("respondents").isNotEqualTo(0L);

        // every outbox row was sent, once, and each aggregate's events arrived in version order
        assertSentOnceInOrder("survey", "survey-responses", responseIds);
        assertSentOnceInOrder("practice", "practices", practiceIds);

        // the consumers of each group split the topic's partitions between the two instances
        assertPartitionsSplit("survey-service-statistics", "survey-responses");
        assertPartitionsSplit("assessment-service-practice-replica", "practices");

        // a live client of either instance receives the change that carries the last figures
        String lastChange = single("survey", "select tx::text || '-' || seq from statistics_change order by tx desc, seq desc limit 1");
        for (SseClient client : live) {
            client.next("statistics-changed", e -> lastChange.equals(e.id()), Duration.ofSeconds(30));
            client.close();
        }
    }

    private static void assertSentOnceInOrder(String service, String topic, Set<String> aggregates) throws SQLException {
        long rows = Long.parseLong(single(service, "select count(*) from outbox_event where topic = '" + topic + "'"));
        // a relay marks its rows sent after Kafka acknowledged them, so the consumers may be ahead of the mark
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(single(service, "select count(*) from outbox_event where status <> 'sent'")).isEqualTo("0"));
        List<ConsumerRecord<String, String>> records = TestTopics.awaitRecords(topic, Duration.ofSeconds(60), (int) rows,
                r -> aggregates.contains(r.key()));
        assertThat(records).hasSize((int) rows);
        Map<String, Integer> perEventId = new HashMap<>();
        Map<String, List<Long>> versions = new TreeMap<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = read(r.value());
            perEventId.merge(event.path("id").asText(), 1, Integer::sum);
            versions.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(event.path("data").path("version").asLong());
        }
        assertThat(perEventId.values()).as("deliveries per event id on %s", topic).allMatch(n -> n == 1);
        versions.forEach((key, seen) -> assertThat(seen).as("versions of %s in topic order", key).isSorted());
    }

    private static void assertPartitionsSplit(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.shared().bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ConsumerGroupDescription description = describe(admin, group);
                List<Set<TopicPartition>> assigned = description.members().stream()
                        .map(MemberDescription::assignment).map(a -> a.topicPartitions().stream()
                                .filter(tp -> tp.topic().equals(topic)).collect(Collectors.toSet()))
                        .filter(s -> !s.isEmpty()).toList();
                assertThat(assigned).as("members of %s holding partitions of %s", group, topic).hasSize(2);
                Set<TopicPartition> union = new HashSet<>();
                assigned.forEach(union::addAll);
                assertThat(union).hasSize(partitions);
                assertThat(assigned.get(0)).doesNotContainAnyElementsOf(assigned.get(1));
            });
        }
    }

    private static ConsumerGroupDescription describe(Admin admin, String group) {
        try {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** respondents, and the count of each country and each field of action, as the statistics answer them. */
    private static Map<String, Long> surveyFigures(int instance) {
        JsonNode stats = read(expect(system.call("GET", "survey", instance, "/api/v1/surveys/" + SURVEY + "/statistics", null, null,
                Map.of()), 200).body());
        Map<String, Long> out = new TreeMap<>();
        out.put("respondents", stats.path("respondents").asLong());
        for (JsonNode q : stats.path("questions")) {
            String code = q.path("code").asText();
            if (code.equals("country") || code.equals("fields_of_action")) {
                q.path("options").forEach(o -> {
                    if (o.path("count").asLong() > 0) {
                        out.put(code + ":" + o.path("code").asText(), o.path("count").asLong());
                    }
                });
            }
        }
        return out;
    }

    /** The same figures by GROUP BY over the stored submitted responses. */
    private static Map<String, Long> recomputedSurveyFigures() {
        Map<String, Long> out = new TreeMap<>();
        try {
            out.put("respondents", Long.parseLong(single("survey", "select count(*) from survey_response where status = 'submitted'")));
            rows("survey", "select 'country:' || (answers->>'country'), count(*) from survey_response where status = 'submitted' group by 1", out);
            rows("survey", "select 'fields_of_action:' || f, count(*) from survey_response, jsonb_array_elements_text(answers->'fields_of_action') f "
                    + "where status = 'submitted' group by 1", out);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    /** The README's example response, varied in name, country and fields of action. */
    private static String response(int n) {
        ObjectNode body = (ObjectNode) example("survey-service/demo-data/example-response.json");
        ObjectNode answers = (ObjectNode) body.get("answers");
        answers.put("network_name", "Network " + n);
        answers.put("country", COUNTRIES.get(n % COUNTRIES.size()));
        answers.putArray("fields_of_action").add(FIELDS.get(n % FIELDS.size()));
        return body.toString();
    }

    /** The README's example practice under its own title and source reference. */
    private static String practice(int n) {
        ObjectNode body = (ObjectNode) example("practice-service/demo-data/example-practice.json");
        body.put("title", "Two-instance practice " + n);
        ((ObjectNode) body.get("source")).put("reference", "two-instances-" + n);
        return body.toString();
    }

    private static JsonNode example(String path) {
        try {
            return JSON.readTree(java.nio.file.Path.of(System.getProperty("repo.dir"), path).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as("%s %s answered %s", r.request().method(), r.uri(), r.body()).isEqualTo(status);
        return r;
    }

    private static String created(HttpResponse<String> r) {
        return field(expect(r, 201), "id");
    }

    private static String field(HttpResponse<String> r, String name) {
        return read(r.body()).path(name).asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static Connection connect(String service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + TestDatabase.host() + "/" + RunningSystem.database(service),
                service, RunningSystem.PASSWORD);
    }

    private static String single(String service, String sql) throws SQLException {
        try (Connection c = connect(service); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void rows(String service, String sql, Map<String, Long> into) throws SQLException {
        try (Connection c = connect(service); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getLong(2));
            }
        }
    }
}
