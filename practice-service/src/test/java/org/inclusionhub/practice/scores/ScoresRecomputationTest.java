package org.inclusionhub.practice.scores;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.commons.SqlValues;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

/**
 * The batched practice scores equal a recomputation from the assessments topic, applied one event at a time,
 * after a mixed stream written in bursts (so that events of one assessment share a batch): submissions,
 * withdrawals, a repeated submission under a new event id, and a redelivered batch.
 */
@QuarkusTest
class ScoresRecomputationTest {

    private static final String SUBMITTED = "assessment.submitted";
    private static final String WITHDRAWN = "assessment.withdrawn";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    private static String event(String eventId, String type, UUID assessment, String practice, int i, double overall) {
        String data = "{\"id\":\"" + assessment + "\",\"framework\":\"" + (i % 2 == 0 ? "spring-gpc" : "inclucities")
                + "\",\"frameworkVersion\":" + (1 + i % 3 / 2) + ",\"subjectType\":\"practice\",\"practiceId\":\"" + practice
                + "\",\"status\":\"submitted\",\"scores\":{\"kind\":\"checklist\",\"overall\":{\"score\":" + overall
                + ",\"coverage\":" + (i % 5 == 0 ? "null" : "0." + (i % 9 + 1)) + "},\"areas\":[{\"code\":\"IP\",\"line\":{\"score\":"
                + overall + "}},{\"code\":\"RC\",\"line\":{\"score\":" + (i % 4 == 0 ? "null" : String.valueOf(100 - overall))
                + "}}]},\"submittedAt\":\"2026-03-" + (10 + i % 18) + "T10:00:00Z\"}";
        return TestTopics.cloudEvent(eventId, "/test/assessment-service", type, assessment.toString(), data);
    }

    private static Map.Entry<String, String> submitted(List<UUID> ids, List<String> practices, int i, double overall) {
        return Map.entry(ids.get(i).toString(), event(TestTopics.newEventId(), SUBMITTED, ids.get(i), practices.get(i % 3), i, overall));
    }

    private static Map.Entry<String, String> withdrawn(List<UUID> ids, List<String> practices, int i) {
        return Map.entry(ids.get(i).toString(), event(TestTopics.newEventId(), WITHDRAWN, ids.get(i), practices.get(i % 3), i, 0));
    }

    @Test
    void scoresEqualARecomputationAfterSubmissionsWithdrawalsAndARedelivery() {
        List<String> practices = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            Map<String, Object> body = practice("Recomputed scores " + p);
            body.put("country", "LV");
            practices.add(createPublished(body));
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 38; i++) {
            ids.add(UUID.randomUUID());
        }
        List<Map.Entry<String, String>> submissions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            submissions.add(submitted(ids, practices, i, 33.33 + i));
        }
        TestTopics.sendAll("assessments", submissions);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(projected(practices)).hasSize(30));

        List<Map.Entry<String, String>> second = new ArrayList<>();
        for (int i = 4; i < 14; i++) {
            second.add(withdrawn(ids, practices, i));
        }
        // a second submission of the same assessments under new event ids: the first one counts
        for (int i = 25; i < 28; i++) {
            second.add(submitted(ids, practices, i, 99.5));
        }
        // new assessments submitted and withdrawn within one burst, and new ones that stay
        for (int i = 30; i < 35; i++) {
            second.add(submitted(ids, practices, i, 10.25 + i));
            second.add(withdrawn(ids, practices, i));
        }
        for (int i = 35; i < 38; i++) {
            second.add(submitted(ids, practices, i, 0.5 + i));
        }
        TestTopics.sendAll("assessments", second);
        // the first 15 submissions, 5 withdrawals and a submission later withdrawn delivered again, as one burst
        List<Map.Entry<String, String>> again = new ArrayList<>(submissions.subList(0, 15));
        again.addAll(second.subList(0, 5));
        again.add(second.get(13));
        TestTopics.sendAll("assessments", again);
        int sent = submissions.size() + second.size() + again.size();

        Set<String> keys = new HashSet<>(ids.stream().map(UUID::toString).toList());
        List<ConsumerRecord<String, String>> records = TestTopics.awaitRecords("assessments", Duration.ofSeconds(30),
                sent, r -> keys.contains(r.key()));
        assertThat(records).hasSize(sent);
        Map<String, String> expected = recomputed(records);
        assertThat(expected).hasSize(23);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(projected(practices)).isEqualTo(expected));
        // the bursts were consumed in batches of more than one event
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select max(n) from (select count(*) n from processed_event where consumer = 'practice-scores'
                group by processed_at) b""").getSingleResult()).longValue())).isGreaterThan(1);
    }

    /** practice_score rows of these practices, by assessment id. */
    private Map<String, String> projected(List<String> practices) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select cast(assessment_id as text), cast(practice_id as text), framework, framework_version, overall,
                           coverage, cast(areas as text), submitted_at
                    from practice_score where practice_id = any(cast(:ids as uuid[]))""")
                    .setParameter("ids", practices.toArray(String[]::new)).getResultList();
            Map<String, String> out = new TreeMap<>();
            for (Object[] r : rows) {
                out.put((String) r[0], row((String) r[1], (String) r[2], ((Number) r[3]).intValue(), (BigDecimal) r[4],
                        (BigDecimal) r[5], areas(read((String) r[6])), SqlValues.instant(r[7])));
            }
            return out;
        });
    }

    /** The rows the events must leave: each event applied once, in topic order (a key's events stay in order). */
    private Map<String, String> recomputed(List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        Map<String, String> out = new TreeMap<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = read(r.value());
            if (!seen.add(event.path("id").asText())) {
                continue;
            }
            JsonNode a = event.path("data");
            if (WITHDRAWN.equals(event.path("type").asText())) {
                out.remove(r.key());
            } else {
                JsonNode overall = a.path("scores").path("overall");
                Map<String, Double> areas = new TreeMap<>();
                a.path("scores").path("areas").forEach(x -> areas.put(x.path("code").asText(),
                        x.path("line").path("score").isNull() ? null : x.path("line").path("score").asDouble()));
                out.putIfAbsent(r.key(), row(a.path("practiceId").asText(), a.path("framework").asText(),
                        a.path("frameworkVersion").asInt(), decimal(overall.path("score")), decimal(overall.path("coverage")),
                        areas.toString(), Instant.parse(a.path("submittedAt").asText())));
            }
        }
        return out;
    }

    private static String row(String practice, String framework, int version, BigDecimal overall, BigDecimal coverage,
            String areas, Instant submittedAt) {
        return String.join("|", practice, framework, String.valueOf(version), plain(overall), plain(coverage), areas,
                submittedAt.toString());
    }

    private static String areas(JsonNode stored) {
        Map<String, Double> areas = new TreeMap<>();
        stored.fields().forEachRemaining(e -> areas.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asDouble()));
        return areas.toString();
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
