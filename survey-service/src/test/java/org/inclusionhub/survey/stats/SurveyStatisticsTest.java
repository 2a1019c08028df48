package org.inclusionhub.survey.stats;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.commons.testing.EventContracts;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

/** Statistics arithmetic on a survey of its own, after submit, update, redelivery and withdraw. */
@QuarkusTest
class SurveyStatisticsTest {

    private static final String S = "/api/v1/surveys/stats-survey";

    @Test
    void statisticsFollowEveryChangeExactly() {
        publishTestSurvey("stats-survey");
        String key = registerPartner("partner-stats").get("key");
        String a = as(key).body(response("A", "DE", "formal", "[\"education\",\"health\"]", "yes", 10))
                .post(S + "/responses").then().statusCode(201).extract().path("id");
        as(key).body(response("B", "DE", "informal", "[\"education\"]", "no", 20)).post(S + "/responses").then().statusCode(201);
        String c = as(key).body(response("C", "IE", "formal", "[\"housing\",\"education\"]", "no", 40))
                .post(S + "/responses").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(S + "/statistics").then().statusCode(200)
                .body("respondents", equalTo(3))
                .body("questions.find { it.code == 'fields' }.answered", equalTo(3))
                // multiple choice: percentages of respondents, summing past 100 %
                .body("questions.find { it.code == 'fields' }.options.find { it.code == 'education' }.count", equalTo(3))
                .body("questions.find { it.code == 'fields' }.options.find { it.code == 'education' }.percentage", equalTo(100.0f))
                .body("questions.find { it.code == 'fields' }.options.find { it.code == 'health' }.percentage", equalTo(33.3f))
                .body("questions.find { it.code == 'type' }.options.find { it.code == 'formal' }.percentage", equalTo(66.7f))
                .body("questions.find { it.code == 'evaluation' }.answered", equalTo(1))
                .body("questions.find { it.code == 'evaluation' }.skipped", equalTo(2))
                .body("questions.find { it.code == 'members' }.numbers.mean", equalTo(23.3333f))
                .body("questions.find { it.code == 'members' }.numbers.median", equalTo(20.0f))
                .body("questions.find { it.code == 'members' }.numbers.min", equalTo(10.0f))
                .body("questions.find { it.code == 'members' }.numbers.max", equalTo(40.0f))
                .body("questions.find { it.code == 'members' }.numbers.histogram[0].count", equalTo(1))
                .body("questions.find { it.code == 'members' }.numbers.histogram[9].count", equalTo(1))
                .body("questions.find { it.code == 'country' }.options.find { it.code == 'DE' }.count", equalTo(2))
                .body("questions.find { it.code == 'country' }.options.find { it.code == 'DE' }.label", equalTo("Germany"))
                // two bases: of those who answered (1 was asked and answered) and of all respondents (3), as the compendium counts
                .body("questions.find { it.code == 'evaluation' }.options.find { it.code == 'external' }.percentage", equalTo(100.0f))
                .body("questions.find { it.code == 'evaluation' }.options.find { it.code == 'external' }.percentageOfRespondents",
                        equalTo(33.3f))
                .body("questions.find { it.code == 'fields' }.options.find { it.code == 'health' }.percentageOfRespondents",
                        equalTo(33.3f)));

        given().queryParam("filter", "country=DE").get(S + "/statistics").then()
                .body("respondents", equalTo(2)).body("filter", equalTo("country=DE"))
                .body("questions.find { it.code == 'members' }.numbers.median", equalTo(15.0f));
        given().queryParam("rows", "type").queryParam("columns", "fields").get(S + "/statistics/crosstab").then()
                .statusCode(200)
                .body("rowOptions", equalTo(List.of("formal", "informal")))
                .body("columnOptions", equalTo(List.of("education", "health", "housing", "other")))
                .body("counts", equalTo(List.of(List.of(2, 1, 1, 0), List.of(1, 0, 0, 0))))
                .body("rowTotals", equalTo(List.of(2, 1)))
                .body("columnTotals", equalTo(List.of(3, 1, 1, 0)))
                .body("rowPercentages", equalTo(List.of(List.of(100.0f, 50.0f, 50.0f, 0.0f), List.of(100.0f, 0.0f, 0.0f, 0.0f))))
                .body("columnPercentages", equalTo(List.of(List.of(66.7f, 100.0f, 100.0f, 0.0f), List.of(33.3f, 0.0f, 0.0f, 0.0f))));
        given().queryParam("rows", "country").queryParam("columns", "type").get(S + "/statistics/crosstab").then()
                .body("rowOptions", equalTo(List.of("DE", "IE")))
                .body("rowLabels", equalTo(List.of("Germany", "Ireland")))
                .body("columnLabels", equalTo(List.of("Formal network", "Informal group")));
        // filtered like the statistics, computed from the stored answers of the matching responses
        given().queryParam("rows", "country").queryParam("columns", "type").queryParam("filter", "type=formal")
                .get(S + "/statistics/crosstab").then().statusCode(200).body("filter", equalTo("type=formal"))
                .body("respondents", equalTo(2)).body("rowOptions", equalTo(List.of("DE", "IE")))
                .body("counts", equalTo(List.of(List.of(1, 0), List.of(1, 0))));
        given().queryParam("rows", "type").queryParam("columns", "fields").queryParam("filter", "fields=health")
                .get(S + "/statistics/crosstab").then().statusCode(200)
                .body("counts", equalTo(List.of(List.of(1, 1, 0, 0), List.of(0, 0, 0, 0))));
        // a multiple-choice question crossed with itself: options chosen together
        given().queryParam("rows", "fields").queryParam("columns", "fields").get(S + "/statistics/crosstab").then()
                .statusCode(200)
                .body("counts", equalTo(List.of(List.of(3, 1, 1, 0), List.of(1, 1, 0, 0), List.of(1, 0, 1, 0), List.of(0, 0, 0, 0))));
        given().queryParam("rows", "type").queryParam("columns", "type").get(S + "/statistics/crosstab").then()
                .statusCode(400).body("violations[0].field", equalTo("columns"));
        // evaluation is asked only after evaluated=yes: B and C were not asked, nobody asked left it out
        given().get(S + "/statistics").then()
                .body("questions.find { it.code == 'evaluation' }.notAsked", equalTo(2))
                .body("questions.find { it.code == 'evaluation' }.notAnswered", equalTo(0))
                .body("questions.find { it.code == 'founded' }.notAnswered", equalTo(3));
        given().queryParam("rows", "fields").queryParam("columns", "type").get(S + "/statistics/crosstab").then()
                .body("counts[0]", equalTo(List.of(2, 1)));

        // an update moves the counts from the old answers to the new ones
        as(key).header("If-Match", "\"0\"").body(response("A", "IE", "informal", "[\"housing\"]", "no", 10))
                .put(S + "/responses/" + a).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(S + "/statistics").then()
                .body("respondents", equalTo(3))
                .body("questions.find { it.code == 'fields' }.options.find { it.code == 'education' }.count", equalTo(2))
                .body("questions.find { it.code == 'fields' }.options.find { it.code == 'housing' }.count", equalTo(2))
                .body("questions.find { it.code == 'evaluation' }.answered", equalTo(0))
                .body("questions.find { it.code == 'type' }.options.find { it.code == 'informal' }.count", equalTo(2)));
        given().queryParam("filter", "country=IE").get(S + "/statistics").then().body("respondents", equalTo(2));

        // c's submission delivered twice, then c withdrawn: its counts leave exactly once
        ConsumerRecord<String, String> submitted = TestTopics.awaitRecord("survey-responses", Duration.ofSeconds(30),
                r -> c.equals(r.key()) && r.value().contains("survey-response.submitted"));
        TestTopics.send("survey-responses", submitted.key(), submitted.value());
        as(key).post(S + "/responses/" + c + "/withdraw").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(S + "/statistics").then()
                .body("respondents", equalTo(2))
                .body("questions.find { it.code == 'fields' }.options.find { it.code == 'education' }.count", equalTo(1))
                .body("questions.find { it.code == 'members' }.numbers.max", equalTo(20.0f)));
        given().queryParam("filter", "country=IE").get(S + "/statistics").then().body("respondents", equalTo(1));
        given().queryParam("filter", "fields=education").get(S + "/statistics").then().statusCode(200)
                .body("respondents", equalTo(1)).body("questions.find { it.code == 'name' }.answered", equalTo(1));
        given().queryParam("filter", "members=10").get(S + "/statistics").then().statusCode(400)
                .body("violations[0].field", equalTo("filter"));
        given().queryParam("filter", "country=XX").get(S + "/statistics").then().statusCode(400)
                .body("violations[0].field", equalTo("filter"));
        given().queryParam("filter", "type=secret").get(S + "/statistics").then().statusCode(400);
    }

    /** The consumer side of the contract: the example events (erasmi-networks version 1) are counted, then withdrawn. */
    @Test
    void theContractsExampleEventsAreCountedAndWithdrawn() {
        String statistics = "/api/v1/surveys/erasmi-networks/statistics?version=1";
        int before = given().get(statistics).then().statusCode(200).extract().path("respondents");
        String id = UUID.randomUUID().toString();
        TestTopics.send("survey-responses", id, EventContracts.example("survey-response.submitted", id).toString());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(statistics).then().body("respondents", equalTo(before + 1)));

        TestTopics.send("survey-responses", id, EventContracts.example("survey-response.withdrawn", id).toString());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(statistics).then().body("respondents", equalTo(before)));
    }
}
