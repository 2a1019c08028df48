package org.inclusionhub.survey.stats;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.testing.TestTopics;
import org.inclusionhub.survey.responses.SurveyResponse;
import org.inclusionhub.survey.surveys.PublishedDefinitions;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.junit.jupiter.api.Test;

/**
 * The batched projection equals a recomputation from the stored responses after a mixed stream:
 * bulk submissions, updates, withdrawals, and a redelivered batch of events.
 */
@QuarkusTest
class ProjectionRecomputationTest {

    private static final String CODE = "recompute-survey";
    private static final String R = "/api/v1/surveys/" + CODE + "/responses";
    private static final List<String> COUNTRIES = List.of("DE", "IE", "AT", "BE", "SE");
    private static final List<String> FIELDS = List.of("[\"education\"]", "[\"health\",\"housing\"]", "[\"education\",\"health\"]");

    @Inject
    EntityManager em;
    @Inject
    PublishedDefinitions definitions;

    @Test
    void statisticsEqualARecomputationAfterSubmissionsUpdatesWithdrawalsAndARedelivery() {
        publishTestSurvey(CODE);
        String key = registerPartner("partner-recompute").get("key");
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            ndjson.append(response("Net " + i, COUNTRIES.get(i % 5), i % 3 == 0 ? "informal" : "formal", FIELDS.get(i % 3),
                    i % 4 == 0 ? "yes" : "no", i % 7 == 0 ? null : 5 + i)).append('\n');
        }
        List<String> ids = as(key).contentType("application/x-ndjson").header("Idempotency-Key", "recompute-batch")
                .body(ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(R + "/bulk")
                .then().statusCode(200).extract().path("id");
        assertThat(ids).hasSize(120).doesNotContainNull();
        for (int i = 0; i < 15; i++) {
            as(key).header("If-Match", "\"0\"").body(response("Net " + i + " (updated)", "IE", "informal", "[\"housing\"]", "no", 999))
                    .put(R + "/" + ids.get(i)).then().statusCode(200);
        }
        for (int i = 10; i < 25; i++) {
            as(key).post(R + "/" + ids.get(i) + "/withdraw").then().statusCode(200);
        }
        // the first 40 submissions are delivered again, after their updates and withdrawals
        List<ConsumerRecord<String, String>> early = TestTopics.awaitRecords("survey-responses", Duration.ofSeconds(30), 40,
                r -> ids.subList(0, 40).contains(r.key()) && r.value().contains("survey-response.submitted"));
        assertThat(early).hasSize(40);
        early.forEach(r -> TestTopics.send("survey-responses", r.key(), r.value()));
        // and the submission of an updated, then withdrawn response arrives late under a new event id:
        // its older response version is skipped, the response stays withdrawn
        ConsumerRecord<String, String> stale = early.stream().filter(r -> r.key().equals(ids.get(12))).findFirst().orElseThrow();
        TestTopics.send("survey-responses", stale.key(),
                stale.value().replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + TestTopics.newEventId() + "\""));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(projected()).isEqualTo(recomputed()));
        assertThat(projected()).containsEntry("all|respondents", "105|0");
        assertThat(timeline(CODE + "@1")).isEqualTo(recomputedTimeline(CODE)).containsValue(105L);
        assertThat(io.restassured.RestAssured.given().get("/q/metrics").asString())
                .contains("projection_lag_seconds{consumer=\"survey-statistics\"");
    }

    /**
     * Migration V4 added metrics (asked:q, a multiple-choice question's pairs with itself) for the responses
     * counted before it: its SQL must add what the projection's Java adds, or a later update would subtract
     * keys that were never added. Deleted and rebuilt here by that SQL, they must equal the recomputation.
     */
    @Test
    void theMigrationsBackfillOfNewMetricsEqualsWhatTheProjectionAdds() throws Exception {
        publishTestSurvey("backfill-survey");
        String key = registerPartner("partner-backfill").get("key");
        for (int i = 0; i < 12; i++) {
            as(key).body(response("Net " + i, COUNTRIES.get(i % 5), "formal", FIELDS.get(i % 3), i % 4 == 0 ? "yes" : "no", i + 1))
                    .post("/api/v1/surveys/backfill-survey/responses").then().statusCode(201);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(projected("backfill-survey@1"))
                .containsEntry("all|respondents", "12|0"));
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V4__filtered_statistics_at_read_time.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> backfill = java.util.Arrays.stream(migration.replaceAll("(?m)^--.*$", "").split(";")).map(String::strip)
                .filter(sql -> sql.startsWith("insert into survey_stat")).toList();
        assertThat(backfill).hasSize(2);
        QuarkusTransaction.requiringNew().run(() -> {
            // the projection waits while the new metrics of every survey are rebuilt
            em.createNativeQuery("lock table survey_stat in exclusive mode").executeUpdate();
            em.createNativeQuery("delete from survey_stat where metric like 'asked:%' "
                    + "or metric ~ '^cross:([^:]+):[^:]+:\\1:'").executeUpdate();
            backfill.forEach(sql -> em.createNativeQuery(sql).executeUpdate());
        });
        assertThat(projected("backfill-survey@1")).containsKeys("all|asked:evaluation", "all|cross:fields:health:fields:housing")
                .isEqualTo(recomputed("backfill-survey"));
    }

    /** survey_timeline of a survey version, zero rows left out: week to responses. */
    private Map<String, Long> timeline(String survey) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select cast(period as text), n from survey_timeline where survey = :s and n <> 0")
                    .setParameter("s", survey).getResultList();
            Map<String, Long> out = new TreeMap<>();
            rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
            return out;
        });
    }

    /** What the timeline must be: the stored submitted responses, by the week of their creation. */
    private Map<String, Long> recomputedTimeline(String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> out = new TreeMap<>();
            SurveyResponse.<SurveyResponse>list("surveyCode = ?1 and status = ?2", code,
                    org.inclusionhub.survey.responses.ResponseStatus.SUBMITTED.code())
                    .forEach(r -> out.merge(ResponseTimeline.weekOf(r.createdAt).toString(), 1L, Long::sum));
            return out;
        });
    }

    /** survey_stat of this survey version, zero rows left out. */
    private Map<String, String> projected() {
        return projected(CODE + "@1");
    }

    private Map<String, String> projected(String survey) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select segment, metric, n, total from survey_stat where survey = :s and n <> 0")
                    .setParameter("s", survey).getResultList();
            Map<String, String> out = new TreeMap<>();
            rows.forEach(r -> out.put(r[0] + "|" + r[1], amount(((Number) r[2]).longValue(), (BigDecimal) r[3])));
            return out;
        });
    }

    /** What the statistics must be: the contributions of the stored submitted responses, summed. */
    private Map<String, String> recomputed() {
        return recomputed(CODE);
    }

    private Map<String, String> recomputed(String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SurveyDefinition definition = definitions.find(code, 1).orElseThrow();
            Map<String, Amount> sum = new TreeMap<>();
            List<SurveyResponse> stored = new ArrayList<>(SurveyResponse.<SurveyResponse>list("surveyCode = ?1 and status = ?2",
                    code, org.inclusionhub.survey.responses.ResponseStatus.SUBMITTED.code()));
            stored.forEach(r -> ResponseContribution.of(definition, r.answers())
                    .forEach((k, a) -> sum.merge(k.text(), a, Amount::plus)));
            Map<String, String> out = new TreeMap<>();
            sum.forEach((k, a) -> {
                if (a.n() != 0) {
                    out.put(k, amount(a.n(), a.total()));
                }
            });
            return out;
        });
    }

    private static String amount(long n, BigDecimal total) {
        return n + "|" + total.stripTrailingZeros().toPlainString();
    }
}
