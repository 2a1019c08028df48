package org.inclusionhub.assessment.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the timeline of a framework version's statistics (submitted assessments per calendar month, UTC, kept by
 * the projection) and the from/to range of submission days. Each test has a framework of its own, so no other
 * test's assessments count. Assessments are submitted now; to reach other months, the submission event of a made-up
 * assessment is written to the topic with another submission time, as the service would have written it then.
 */
@QuarkusTest
class ScoreTimelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void createFramework(String code) {
        asAdmin().body(Map.of("code", code, "version", 1, "name", "Timeline check " + code, "kind", "checklist",
                "areas", List.of(Map.of("code", "T", "title", "Only area", "questions", List.of(Map.of("code", "T.1",
                        "text", "Two items?", "items", List.of(Map.of("code", "T.1.1", "text", "First"),
                                Map.of("code", "T.1.2", "text", "Second")))))))).post("/api/v1/frameworks").then().statusCode(201);
    }

    /** Submits an assessment; its id and submission time. */
    private static Map.Entry<String, Instant> submit(String framework, UUID practiceId, String first, String second) {
        Map<String, Object> body = new HashMap<>();
        body.put("framework", framework);
        body.put("subject", Map.of("type", "practice", "practiceId", practiceId.toString()));
        body.put("assessor", "Timeline tester");
        body.put("ratings", List.of(Map.of("item", "T.1.1", "rating", first), Map.of("item", "T.1.2", "rating", second)));
        JsonPath created = asAdmin().queryParam("submit", true).body(body).post("/api/v1/assessments").then()
                .statusCode(201).extract().jsonPath();
        return Map.entry(created.getString("id"), Instant.parse(created.getString("submittedAt")));
    }

    private static String stats(String framework) {
        return "/api/v1/frameworks/" + framework + "/statistics";
    }

    private static LocalDate month(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The timeline as the API answers it: period to count, in the answer's order. */
    private static Map<String, Integer> timeline(JsonPath answer) {
        Map<String, Integer> out = new LinkedHashMap<>();
        answer.<Map<String, Object>>getList("timeline").forEach(m -> out.put((String) m.get("period"), (Integer) m.get("count")));
        return out;
    }

    private static Map<String, Integer> timelineOf(String framework, Map<String, ?> params) {
        return timeline(given().queryParams(params).get(stats(framework)).then().statusCode(200).extract().jsonPath());
    }

    /** Per month (first day, as text), how many of these instants fall in it. */
    private static Map<String, Integer> perMonth(List<Instant> submitted) {
        Map<String, Integer> out = new TreeMap<>();
        submitted.forEach(at -> out.merge(month(at).toString(), 1, Integer::sum));
        return out;
    }

    /**
     * Writes the events of a made-up assessment: a copy of {@code submission}'s submission event (same framework,
     * practice, scores and ratings) under a new assessment id, submitted at {@code at}. Returns its id.
     */
    private static String submitMadeUp(ConsumerRecord<String, String> submission, Instant at) throws Exception {
        String id = UUID.randomUUID().toString();
        TestTopics.send("assessments", id, madeUp(submission, id, "assessment.submitted", at));
        return id;
    }

    /** The event of {@code type} of made-up assessment {@code id}, with {@code submittedAt} in its data. */
    private static String madeUp(ConsumerRecord<String, String> submission, String id, String type, Instant submittedAt)
            throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(submission.value());
        event.put("id", TestTopics.newEventId()).put("type", type).put("subject", id);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("id", id).put("status", type.equals("assessment.submitted") ? "submitted" : "withdrawn")
                .put("submittedAt", submittedAt.toString());
        if (type.equals("assessment.withdrawn")) {
            data.put("withdrawnAt", Instant.now().toString());
        }
        return event.toString();
    }

    private static ConsumerRecord<String, String> submissionEvent(String assessmentId) {
        return TestTopics.awaitRecord("assessments", Duration.ofSeconds(30),
                r -> assessmentId.equals(r.key()) && r.value().contains("assessment.submitted"));
    }

    @Test
    void theTimelineCountsSubmissionsPerMonthAndAWithdrawalRemovesItsCount() throws Exception {
        String code = "timeline-check";
        createFramework(code);
        UUID p1 = practice("published", "LU", List.of("employment"));
        UUID p2 = practice("published", "LU", List.of("housing"));
        Map.Entry<String, Instant> a1 = submit(code, p1, "met", "met");
        Map.Entry<String, Instant> a2 = submit(code, p2, "met", "not-met");
        Map.Entry<String, Instant> a3 = submit(code, p2, "not-met", "not-met");

        Map<String, Integer> three = perMonth(List.of(a1.getValue(), a2.getValue(), a3.getValue()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(timelineOf(code, Map.of())).isEqualTo(three));
        assertThat(timelineOf(code, Map.of("theme", "employment"))).isEqualTo(perMonth(List.of(a1.getValue())));
        assertThat(timelineOf(code, Map.of("country", "lu"))).isEqualTo(three);

        asAdmin().post("/api/v1/assessments/" + a1.getKey() + "/withdraw").then().statusCode(200);
        Map<String, Integer> two = perMonth(List.of(a2.getValue(), a3.getValue()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(timelineOf(code, Map.of())).isEqualTo(two));
        assertThat(timelineOf(code, Map.of("theme", "employment"))).isEmpty();

        // a2's submission delivered again, then a3 withdrawn: a2 alone is left, counted once
        ConsumerRecord<String, String> submitted = submissionEvent(a2.getKey());
        TestTopics.send("assessments", submitted.key(), submitted.value());
        asAdmin().post("/api/v1/assessments/" + a3.getKey() + "/withdraw").then().statusCode(200);
        Map<String, Integer> one = perMonth(List.of(a2.getValue()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(timelineOf(code, Map.of())).isEqualTo(one));

        // a made-up assessment submitted in the last second (UTC) of the month three months before a2's: the timeline
        // runs from that month to a2's, the two months between with 0
        LocalDate now = month(a2.getValue());
        Instant earlier = now.minusMonths(2).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        String madeUp = submitMadeUp(submitted, earlier);
        Map<String, Integer> spread = new LinkedHashMap<>();
        spread.put(now.minusMonths(3).toString(), 1);
        spread.put(now.minusMonths(2).toString(), 0);
        spread.put(now.minusMonths(1).toString(), 0);
        spread.put(now.toString(), 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(timelineOf(code, Map.of())).containsExactlyEntriesOf(spread));
        given().get(stats(code)).then().body("assessments", equalTo(2));

        // its withdrawal names another submission time, but leaves the month its submission was counted in
        TestTopics.send("assessments", madeUp, madeUp(submitted, madeUp, "assessment.withdrawn", a2.getValue()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(timelineOf(code, Map.of())).isEqualTo(one));
        given().get(stats(code)).then().body("assessments", equalTo(1));
    }

    @Test
    void aRangeCoversExactlyTheAssessmentsSubmittedInIt() throws Exception {
        String code = "range-check";
        createFramework(code);
        UUID p1 = practice("published", "MT", List.of("employment"));
        UUID p2 = practice("published", "MT", List.of("housing"));
        Map.Entry<String, Instant> a1 = submit(code, p1, "met", "met");
        Map.Entry<String, Instant> a2 = submit(code, p2, "met", "not-met");
        Map.Entry<String, Instant> a3 = submit(code, p1, "not-met", "not-applicable");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(stats(code)).then().body("assessments", equalTo(3)));
        Map<String, Object> all = withoutRange(given().get(stats(code)).then().statusCode(200).extract().jsonPath());
        Map<String, Object> employment = withoutRange(given().queryParam("theme", "employment").get(stats(code)).then()
                .statusCode(200).extract().jsonPath());
        assertThat(employment.get("assessments")).isEqualTo(2);
        LocalDate first = day(a1.getValue());
        LocalDate last = day(a3.getValue());

        // a range that covers all of them answers what the statistics without a range answer, segments too
        assertThat(withoutRange(ranged(code, Map.of("from", first.toString(), "to", last.toString())))).isEqualTo(all);
        assertThat(withoutRange(ranged(code, Map.of("from", first.toString())))).isEqualTo(all);
        assertThat(withoutRange(ranged(code, Map.of("to", last.toString())))).isEqualTo(all);
        assertThat(withoutRange(ranged(code, Map.of("from", first.minusYears(19).toString(), "to", last.toString(),
                "theme", "employment")))).isEqualTo(employment);
        given().queryParam("from", first.toString()).queryParam("to", last.toString()).get(stats(code)).then()
                .body("from", equalTo(first.toString())).body("to", equalTo(last.toString()));
        given().get(stats(code)).then().body("from", nullValue()).body("to", nullValue());

        // ranges that cover none: zero counts, no means, an empty timeline
        for (Map<String, String> none : List.of(Map.of("from", last.plusDays(1).toString()),
                Map.of("from", last.plusDays(1).toString(), "to", last.plusYears(1).toString()),
                Map.of("to", first.minusDays(1).toString()), Map.of("from", "2001-01-01", "to", "2001-01-31"))) {
            given().queryParams(none).get(stats(code)).then().statusCode(200)
                    .body("assessments", equalTo(0)).body("overall.n", equalTo(0)).body("overall.mean", nullValue())
                    .body("areas[0].n", equalTo(0)).body("areas[0].mean", nullValue())
                    .body("distribution.count", everyItem(equalTo(0))).body("items.rated", everyItem(equalTo(0)))
                    .body("items.metRate", everyItem(nullValue())).body("timeline", empty());
        }

        // a made-up assessment with a2's content, submitted 40 days before a1: a range of that day covers it alone
        Instant earlier = a1.getValue().minus(Duration.ofDays(40));
        LocalDate earlierDay = day(earlier);
        String madeUp = submitMadeUp(submissionEvent(a2.getKey()), earlier);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(stats(code)).then().body("assessments", equalTo(4)));
        given().queryParam("from", earlierDay.toString()).queryParam("to", earlierDay.toString()).get(stats(code)).then()
                .body("assessments", equalTo(1)).body("overall.n", equalTo(1)).body("overall.mean", equalTo(50.0f))
                .body("areas[0].mean", equalTo(50.0f))
                .body("distribution.find { it.from == 50 }.count", equalTo(1))
                .body("distribution.findAll { it.count > 0 }.size()", equalTo(1))
                .body("items.code", contains("T.1.2", "T.1.1"))
                .body("items.metRate", contains(0.0f, 1.0f))
                .body("timeline.period", contains(month(earlier).toString()))
                .body("timeline.count", contains(1));
        // one more day on the left: the same
        given().queryParam("from", earlierDay.minusDays(1).toString()).queryParam("to", earlierDay.toString())
                .get(stats(code)).then().body("assessments", equalTo(1));
        given().queryParam("to", earlierDay.toString()).queryParam("theme", "housing").get(stats(code)).then()
                .body("assessments", equalTo(1));
        // a practice against the average of a range: its own latest scores, the mean of the range's assessments
        String position = stats(code) + "/practices/" + p2;
        given().queryParam("from", earlierDay.toString()).queryParam("to", earlierDay.toString()).get(position).then()
                .statusCode(200).body("overall.subject", equalTo(50.0f)).body("overall.average", equalTo(50.0f))
                .body("areas[0].average", equalTo(50.0f)).body("assessments", equalTo(1))
                .body("from", equalTo(earlierDay.toString())).body("to", equalTo(earlierDay.toString()));
        given().get(position).then().statusCode(200).body("assessments", equalTo(4)).body("from", nullValue());
        given().queryParam("from", "2001-01-01").queryParam("to", "2001-01-31").get(position).then().statusCode(200)
                .body("overall.subject", equalTo(50.0f)).body("overall.average", nullValue())
                .body("overall.difference", nullValue()).body("areas[0].average", nullValue()).body("assessments", equalTo(0));
        given().queryParam("from", "2026-02-01").queryParam("to", "2026-01-31").get(position).then().statusCode(400)
                .body("violations.field", contains("to"));
        given().queryParam("to", earlierDay.toString()).queryParam("theme", "employment").get(stats(code)).then()
                .body("assessments", equalTo(0));
        // the days of the real ones still answer exactly their figures, as before the made-up one came
        assertThat(withoutRange(ranged(code, Map.of("from", first.toString(), "to", last.toString())))).isEqualTo(all);
        assertThat(withoutRange(ranged(code, Map.of("from", earlierDay.plusDays(1).toString())))).isEqualTo(all);
        // without a range, all four; the timeline runs from the made-up one's month to now
        JsonPath four = given().get(stats(code)).then().statusCode(200).extract().jsonPath();
        assertThat(four.getInt("overall.n")).isEqualTo(4);
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (LocalDate m = month(earlier); !m.isAfter(month(a3.getValue())); m = m.plusMonths(1)) {
            expected.put(m.toString(), 0);
        }
        perMonth(List.of(earlier, a1.getValue(), a2.getValue(), a3.getValue())).forEach(expected::put);
        assertThat(timeline(four)).containsExactlyEntriesOf(expected);

        // withdrawn, the made-up one leaves its day's range
        TestTopics.send("assessments", madeUp, madeUp(submissionEvent(a2.getKey()), madeUp, "assessment.withdrawn", earlier));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("to", earlierDay.toString())
                .get(stats(code)).then().body("assessments", equalTo(0)));
        assertThat(withoutRange(given().get(stats(code)).then().statusCode(200).extract().jsonPath())).isEqualTo(all);
    }

    private static JsonPath ranged(String code, Map<String, String> params) {
        return given().queryParams(params).get(stats(code)).then().statusCode(200).extract().jsonPath();
    }

    /** The answer without the range it names, to compare figures. */
    private static Map<String, Object> withoutRange(JsonPath answer) {
        Map<String, Object> figures = new HashMap<>(answer.getMap(""));
        figures.remove("from");
        figures.remove("to");
        return figures;
    }

    @Test
    void badDatesAnswer400NamingTheField() {
        String stats = stats("spring-gpc");
        for (String bad : List.of("2026-13-01", "2026-02-30", "31%2F12%2F2026", "2026-1-5", "%2B2026-01-01", "0000-01-01",
                "2026-01-01T00%3A00%3A00Z", "yesterday", "%202026-01-01")) {
            for (String name : List.of("from", "to")) {
                String query = "?" + name + "=" + bad;
                io.restassured.response.Response answer = given().urlEncodingEnabled(false).get(stats + query);
                assertThat(answer.statusCode()).as(query).isEqualTo(400);
                assertThat(answer.jsonPath().getList("violations.field")).as(query).containsExactly(name);
            }
        }
        given().queryParam("from", "2026-xx-01").queryParam("to", "2026-yy-01").get(stats).then().statusCode(400)
                .body("violations.field", contains("from", "to"));
        // from after to
        given().queryParam("from", "2026-02-01").queryParam("to", "2026-01-31").get(stats).then().statusCode(400)
                .body("violations.field", contains("to"));
        // at most 20 years
        given().queryParam("from", "2000-01-01").queryParam("to", "2020-01-01").get(stats).then().statusCode(400)
                .body("violations.field", contains("to"));
        given().queryParam("from", "0001-01-01").queryParam("to", "9999-12-31").get(stats).then().statusCode(400)
                .body("violations.field", contains("to"));
        given().queryParam("from", "2000-01-01").queryParam("to", "2019-12-31").get(stats).then().statusCode(200);
        given().queryParam("from", "2026-01-31").queryParam("to", "2026-01-31").get(stats).then().statusCode(200);
        // empty, as a form with an empty date field sends it: no bound
        given().urlEncodingEnabled(false).get(stats + "?from=&to=").then().statusCode(200)
                .body("from", nullValue()).body("to", nullValue());
        // one bound alone may be far away
        given().queryParam("from", "0001-01-01").get(stats).then().statusCode(200);
        given().queryParam("to", "9999-12-31").get(stats).then().statusCode(200);
        given().queryParam("from", "9999-12-31").get(stats).then().statusCode(200).body("assessments", equalTo(0));
    }

    @Test
    void theTimelineRunsFromTheFirstToTheLastMonthWithAssessments() {
        Map<LocalDate, Long> months = new HashMap<>();
        months.put(LocalDate.of(2026, 11, 1), 3L);
        months.put(LocalDate.of(2027, 2, 1), 1L);
        months.put(LocalDate.of(2026, 9, 1), 0L); // counted once, withdrawn since
        assertThat(StatisticsReader.contiguous(months)).containsExactly(
                new FrameworkStatistics.MonthCount(LocalDate.of(2026, 11, 1), 3),
                new FrameworkStatistics.MonthCount(LocalDate.of(2026, 12, 1), 0),
                new FrameworkStatistics.MonthCount(LocalDate.of(2027, 1, 1), 0),
                new FrameworkStatistics.MonthCount(LocalDate.of(2027, 2, 1), 1));
        assertThat(StatisticsReader.contiguous(Map.of(LocalDate.of(2026, 9, 1), 0L))).isEmpty();
        assertThat(StatisticsReader.contiguous(Map.of())).isEmpty();
    }
}
