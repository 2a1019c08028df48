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
import org.inclusionhub.commons.testing.TopicReader;
import org.inclusionhub.commons.testing.TopicWriter;
import org.inclusionhub.survey.domain.PublishedDefinitions;
import org.inclusionhub.survey.domain.SurveyDefinition;
import org.inclusionhub.survey.domain.SurveyResponse;
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
        List<ConsumerRecord<String, String>> early = TopicReader.awaitRecords("survey-responses", Duration.ofSeconds(30), 40,
                r -> ids.subList(0, 40).contains(r.key()) && r.value().contains("survey-response.submitted"));
        assertThat(early).hasSize(40);
        early.forEach(r -> TopicWriter.send("survey-responses", r.key(), r.value()));
        // and the submission of an updated, then withdrawn response arrives late under a new event id:
        // its older response version is skipped, the response stays withdrawn
        ConsumerRecord<String, String> stale = early.stream().filter(r -> r.key().equals(ids.get(12))).findFirst().orElseThrow();
        TopicWriter.send("survey-responses", stale.key(),
                stale.value().replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + TopicWriter.newEventId() + "\""));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(projected()).isEqualTo(recomputed()));
        assertThat(projected()).containsEntry("all|respondents", "105|0");
        assertThat(io.restassured.RestAssured.given().get("/q/metrics").asString())
                .contains("projection_lag_seconds{consumer=\"survey-statistics\"");
    }

    /** survey_stat of this survey version, zero rows left out. */
    private Map<String, String> projected() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select segment, metric, n, total from survey_stat where survey = :s and n <> 0")
                    .setParameter("s", CODE + "@1").getResultList();
            Map<String, String> out = new TreeMap<>();
            rows.forEach(r -> out.put(r[0] + "|" + r[1], amount(((Number) r[2]).longValue(), (BigDecimal) r[3])));
            return out;
        });
    }

    /** What the statistics must be: the contributions of the stored submitted responses, summed. */
    private Map<String, String> recomputed() {
        return QuarkusTransaction.requiringNew().call(() -> {
            SurveyDefinition definition = definitions.find(CODE, 1).orElseThrow();
            Map<String, ResponseContribution.Amount> sum = new TreeMap<>();
            List<SurveyResponse> stored = new ArrayList<>(SurveyResponse.<SurveyResponse>list("surveyCode = ?1 and status = ?2",
                    CODE, org.inclusionhub.survey.domain.ResponseStatus.SUBMITTED.code()));
            stored.forEach(r -> ResponseContribution.of(definition, r.answers())
                    .forEach((k, a) -> sum.merge(k, a, ResponseContribution.Amount::plus)));
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
