package org.inclusionhub.survey.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.survey.responses.ResponseStatus;
import org.inclusionhub.survey.responses.SurveyResponse;
import org.inclusionhub.survey.surveys.PublishedDefinitions;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.junit.jupiter.api.Test;

/**
 * Filtered statistics and cross-tabs, which PostgreSQL counts at read time from the stored answers, equal the
 * sum of {@link ResponseContribution}s (the projection's own arithmetic) over the stored responses that match,
 * after submissions, updates and withdrawals.
 */
@QuarkusTest
class FilteredStatisticsTest {

    private static final String CODE = "filtered-survey";
    private static final List<String> COUNTRIES = List.of("DE", "IE", "AT", "BE", "SE");
    private static final List<String> FIELDS = List.of("[\"education\"]", "[\"health\",\"housing\"]", "[\"education\",\"health\"]",
            "[\"housing\",\"education\",\"health\"]");

    @Inject
    StatisticsCounts counts;
    @Inject
    PublishedDefinitions definitions;

    @Test
    void filteredCountsEqualTheContributionsOfTheMatchingResponses() {
        publishTestSurvey(CODE);
        String key = registerPartner("partner-filtered").get("key");
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            ndjson.append(response("Net " + i, COUNTRIES.get(i % 5), i % 3 == 0 ? "informal" : "formal", FIELDS.get(i % 4),
                    i % 4 == 0 ? "yes" : "no", i % 7 == 0 ? null : 5 + i % 11)).append('\n');
        }
        List<String> ids = as(key).contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/surveys/" + CODE + "/responses/bulk").then().statusCode(200).extract().path("id");
        for (int i = 0; i < 8; i++) {
            as(key).header("If-Match", "\"0\"").body(response("Net " + i + " (updated)", "IE", "informal", "[\"housing\"]", "yes", 999))
                    .put("/api/v1/surveys/" + CODE + "/responses/" + ids.get(i)).then().statusCode(200);
        }
        for (int i = 8; i < 14; i++) {
            as(key).post("/api/v1/surveys/" + CODE + "/responses/" + ids.get(i) + "/withdraw").then().statusCode(200);
        }
        SurveyDefinition d = definitions.find(CODE, 1).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                QuarkusTransaction.requiringNew().call(() -> counts.projected(d)).getOrDefault("respondents", Amount.ZERO).n())
                .isEqualTo(74));
        // the projection caught up, and with it the stored answers; updates must be applied too
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> counts.projected(d)).getOrDefault("number:members", Amount.ZERO).total().intValue())
                .isEqualTo(expectedMembersTotal()));

        SurveyDefinition.Question type = d.question("type").orElseThrow();
        SurveyDefinition.Question fields = d.question("fields").orElseThrow();
        for (StatisticsFilter filter : List.of(new StatisticsFilter("country", "DE", false), new StatisticsFilter("type", "formal", false),
                new StatisticsFilter("evaluated", "yes", false), new StatisticsFilter("fields", "health", true),
                new StatisticsFilter("country", "FR", false))) {
            Map<String, Amount> all = recomputed(d, filter);
            assertThat(new TreeMap<>(QuarkusTransaction.requiringNew().call(() -> counts.filtered(d, filter))))
                    .as("statistics where %s", filter).isEqualTo(without(all, "cross:"));
            Map<String, Amount> crossed = QuarkusTransaction.requiringNew().call(() -> counts.filteredCross(d, filter, type, fields));
            assertThat(cells(crossed)).as("type x fields where %s", filter).isEqualTo(cells(all, "cross:type:"));
            Map<String, Amount> self = QuarkusTransaction.requiringNew().call(() -> counts.filteredCross(d, filter, fields, fields));
            assertThat(cells(self)).as("fields x fields where %s", filter).isEqualTo(cells(all, "cross:fields:"));
        }
        // the data exercises what the comparisons are about
        assertThat(recomputed(d, new StatisticsFilter("evaluated", "yes", false))).containsKey("asked:evaluation");
        assertThat(recomputed(d, new StatisticsFilter("fields", "health", true))).containsKey("cross:fields:health:fields:housing")
                .containsKey("value:members:7");
    }

    private static int expectedMembersTotal() {
        int total = 0;
        for (int i = 0; i < 80; i++) {
            if (i < 8) {
                total += 999;
            } else if (i >= 14 && i % 7 != 0) {
                total += 5 + i % 11;
            }
        }
        return total;
    }

    /** What the filtered counts must be: the contributions of the stored submitted responses that match, summed. */
    private static Map<String, Amount> recomputed(SurveyDefinition d, StatisticsFilter filter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Amount> sum = new TreeMap<>();
            SurveyResponse.<SurveyResponse>list("surveyCode = ?1 and status = ?2", CODE, ResponseStatus.SUBMITTED.code()).stream()
                    .filter(r -> matches(d.withDimensions(r.answers()).get(filter.question()), filter.answer()))
                    .forEach(r -> ResponseContribution.of(d, r.answers())
                            .forEach((k, a) -> sum.merge(k.metric(), a, Amount::plus)));
            return sum;
        });
    }

    private static boolean matches(Object answer, String wanted) {
        return answer instanceof List<?> list ? list.contains(wanted) : wanted.equals(answer);
    }

    private static Map<String, Amount> without(Map<String, Amount> counts, String prefix) {
        Map<String, Amount> kept = new TreeMap<>();
        counts.forEach((k, a) -> {
            if (!k.startsWith(prefix)) {
                kept.put(k, a);
            }
        });
        return kept;
    }

    private static Map<String, Long> cells(Map<String, Amount> counts) {
        return cells(counts, "cross:");
    }

    private static Map<String, Long> cells(Map<String, Amount> counts, String prefix) {
        Map<String, Long> cells = new TreeMap<>();
        counts.forEach((k, a) -> {
            if (k.startsWith(prefix) && (k.startsWith("cross:type:") ? k.contains(":fields:") : k.matches("cross:fields:[^:]+:fields:.*"))) {
                cells.put(k, a.n());
            }
        });
        return cells;
    }
}
