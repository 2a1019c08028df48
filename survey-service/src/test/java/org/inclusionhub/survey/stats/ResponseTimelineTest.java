package org.inclusionhub.survey.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Responses per week, kept by the projection, and the date range that restricts every figure (counted when read
 * from the responses' stored answers and submission times).
 */
@QuarkusTest
class ResponseTimelineTest {

    private static final String S = "/api/v1/surveys/timeline-survey";

    @Inject
    EntityManager em;

    @Test
    void responsesPerWeekFollowSubmissionsAndWithdrawalsAndADateRangeRestrictsEveryFigure() {
        publishTestSurvey("timeline-survey");
        String key = registerPartner("partner-timeline").get("key");
        String thisWeek = ResponseTimeline.weekOf(Instant.now()).toString();
        String a = submit(key, "A", "DE");
        String b = submit(key, "B", "FR");
        submit(key, "C", "DE");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(S + "/statistics").then().statusCode(200)
                .body("respondents", equalTo(3)).body("timeline.size()", equalTo(1))
                .body("timeline[0].week", equalTo(thisWeek)).body("timeline[0].responses", equalTo(3)));

        as(key).post(S + "/responses/" + b + "/withdraw").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(S + "/statistics").then()
                .body("respondents", equalTo(2)).body("timeline[0].responses", equalTo(2)));

        // response a, as if submitted on Tuesday 4 March 2025 (only its stored submission time moves)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update survey_contribution set submitted_at = '2025-03-04T10:00:00Z' where response_id = cast(:id as uuid)")
                .setParameter("id", a).executeUpdate());
        given().get(S + "/statistics?from=2025-03-01&to=2025-03-31").then().statusCode(200)
                .body("respondents", equalTo(1)).body("from", equalTo("2025-03-01")).body("to", equalTo("2025-03-31"))
                .body("timeline.size()", equalTo(1)).body("timeline[0].week", equalTo("2025-03-03"))
                .body("questions.find { it.code == 'country' }.options.find { it.code == 'DE' }.count", equalTo(1));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        given().get(S + "/statistics?from=" + today).then().body("respondents", equalTo(1));
        given().get(S + "/statistics?to=2025-03-03").then().body("respondents", equalTo(0)).body("timeline.size()", equalTo(0));
        given().get(S + "/statistics?to=2025-03-04").then().body("respondents", equalTo(1));
        // with an answer filter too, and in the cross-tab
        given().get(S + "/statistics?filter=country=DE&from=2025-03-01&to=2025-03-31").then().body("respondents", equalTo(1))
                .body("filter", equalTo("country=DE"));
        given().get(S + "/statistics?filter=country=FR&from=2025-03-01&to=2025-03-31").then().body("respondents", equalTo(0));
        given().get(S + "/statistics/crosstab?rows=country&columns=type&from=" + today).then().statusCode(200)
                .body("respondents", equalTo(1));
        // the range spans the weeks between with zeros
        List<Map<String, Object>> weeks = given().get(S + "/statistics?from=2025-01-01").then().extract().jsonPath()
                .getList("timeline");
        assertThat(weeks.get(0)).containsEntry("week", "2025-03-03").containsEntry("responses", 1);
        assertThat(weeks.get(weeks.size() - 1)).containsEntry("week", thisWeek).containsEntry("responses", 1);
        assertThat(weeks.subList(1, weeks.size() - 1)).allSatisfy(w -> assertThat(w).containsEntry("responses", 0));
    }

    @Test
    void anUnreadableOrReversedDateIsRefusedNamingIt() {
        given().get("/api/v1/surveys/erasmi-networks/statistics?from=2026-13-01").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().get("/api/v1/surveys/erasmi-networks/statistics?from=2026-03-02&to=2026-03-01").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        given().get("/api/v1/surveys/erasmi-networks/statistics/crosstab?rows=country&columns=network_type&to=yesterday")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().get("/api/v1/surveys/erasmi-networks/statistics?from=0000-01-01").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().get("/api/v1/surveys/erasmi-networks/statistics?from=1990-01-01&to=2020-01-01").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        // the last day a timestamp can hold, and the first
        given().get("/api/v1/surveys/erasmi-networks/statistics?from=0001-01-01").then().statusCode(200);
        given().get("/api/v1/surveys/erasmi-networks/statistics?from=9999-12-31&to=9999-12-31").then().statusCode(200);
        given().get("/api/v1/surveys/erasmi-networks/statistics/crosstab?rows=country&columns=network_type&to=9999-12-31")
                .then().statusCode(200);
    }

    private static String submit(String key, String name, String country) {
        return as(key).body(response(name, country, "formal", "[\"health\"]", "no", null))
                .post(S + "/responses").then().statusCode(201).extract().path("id");
    }
}
