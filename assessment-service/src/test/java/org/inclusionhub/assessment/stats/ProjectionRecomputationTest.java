package org.inclusionhub.assessment.stats;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.AssessmentStatus;
import org.inclusionhub.assessment.replica.PracticeReplica;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.testing.TestTopics;
import org.junit.jupiter.api.Test;

/**
 * The batched score statistics, and their timeline (assessments per month of submission), equal a recomputation
 * from the stored assessments after a mixed stream:
 * submissions and withdrawals from several clients at once (some withdrawn right after their submission),
 * and a redelivered batch of submission and withdrawal events. Also: the practice replica skips an older
 * version that follows a newer one in a burst.
 */
@QuarkusTest
class ProjectionRecomputationTest {

    private static final String CODE = "recompute-check";
    private static final List<String> RATINGS = List.of("met", "not-met", "not-applicable");

    @Inject
    EntityManager em;

    private static void createFramework() {
        asAdmin().body(Map.of("code", CODE, "version", 1, "name", "Recomputation check", "kind", "checklist",
                "areas", List.of(
                        Map.of("code", "A", "title", "First area", "questions", List.of(Map.of("code", "A.1", "text", "Three items?",
                                "items", List.of(Map.of("code", "A.1.1", "text", "One"), Map.of("code", "A.1.2", "text", "Two"),
                                        Map.of("code", "A.1.3", "text", "Three"))))),
                        Map.of("code", "B", "title", "Second area", "questions", List.of(Map.of("code", "B.1", "text", "Two items?",
                                "items", List.of(Map.of("code", "B.1.1", "text", "One"), Map.of("code", "B.1.2", "text", "Two"))))))))
                .post("/api/v1/frameworks").then().statusCode(201);
    }

    private static String submit(UUID practiceId, int i) {
        Map<String, Object> body = new HashMap<>();
        body.put("framework", CODE);
        body.put("subject", Map.of("type", "practice", "practiceId", practiceId.toString()));
        body.put("assessor", "Recomputation tester");
        List<Map<String, String>> ratings = new ArrayList<>();
        List<String> items = List.of("A.1.1", "A.1.2", "A.1.3", "B.1.1", "B.1.2");
        // varied ratings, so that scores (and totals) are fractions such as 66.67 or 33.33
        Random random = new Random(i);
        for (String item : items) {
            ratings.add(Map.of("item", item, "rating", RATINGS.get(random.nextInt(3))));
        }
        body.put("ratings", ratings);
        return asAdmin().queryParam("submit", true).body(body).post("/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void statisticsEqualARecomputationAfterSubmissionsWithdrawalsAndARedelivery() {
        createFramework();
        List<UUID> practices = List.of(practice("published", "NO", List.of("employment")),
                practice("published", "NO", List.of("housing", "health")),
                practice("published", "DK", List.of()),
                practice("published", "DK", List.of("education", "employment")));
        // requests from several clients at once, so that the outbox relay sends several events together and
        // the projection receives batches holding more than one event of the same assessment
        List<String> ids = inParallel(40, i -> submit(practices.get(i % practices.size()), i));
        inParallel(12, i -> {
            asAdmin().post("/api/v1/assessments/" + ids.get(5 + i) + "/withdraw").then().statusCode(200);
            return null;
        });
        inParallel(8, i -> {
            String id = submit(practices.get(i % practices.size()), 40 + i);
            asAdmin().post("/api/v1/assessments/" + id + "/withdraw").then().statusCode(200);
            return id;
        });
        // the first 20 submissions and the first 6 withdrawals are delivered again, after all of them, as one burst
        List<String> redelivered = ids.subList(0, 20);
        List<ConsumerRecord<String, String>> again = TestTopics.awaitRecords("assessments", Duration.ofSeconds(30), 26,
                r -> redelivered.contains(r.key()) && (r.value().contains("assessment.submitted")
                        || ids.subList(5, 11).contains(r.key()) && r.value().contains("assessment.withdrawn")));
        assertThat(again).hasSize(26);
        TestTopics.sendAll("assessments", again.stream().map(r -> Map.entry(r.key(), r.value())).toList());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(projected()).isEqualTo(recomputed()));
        assertThat(projected()).containsEntry("all|count", "28|0").containsKey("theme:employment|overall");
        assertThat(projectedTimeline()).isEqualTo(recomputedTimeline());
        assertThat(projectedTimeline().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(28);
        // the API answers the same months (none between, as all were submitted now)
        Map<String, Long> answered = new TreeMap<>();
        given().get("/api/v1/frameworks/" + CODE + "/statistics").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("timeline").forEach(m -> answered.put((String) m.get("period"),
                        ((Number) m.get("count")).longValue()));
        assertThat(answered).isEqualTo(recomputedTimeline());
        // summed from the recorded contributions at read time, a range that covers them all answers the same figures
        for (String segment : List.of("", "&theme=employment", "&country=DK")) {
            Map<String, Object> unranged = new HashMap<>(given().get("/api/v1/frameworks/" + CODE + "/statistics?version=1"
                    + segment).then().statusCode(200).extract().jsonPath().getMap(""));
            Map<String, Object> ranged = new HashMap<>(given().get("/api/v1/frameworks/" + CODE + "/statistics?version=1&from=2000-01-01"
                    + segment).then().statusCode(200).extract().jsonPath().getMap(""));
            assertThat(ranged.remove("from")).isEqualTo("2000-01-01");
            ranged.remove("to");
            unranged.remove("from");
            unranged.remove("to");
            assertThat(ranged).as(segment).isEqualTo(unranged);
        }
    }

    @Test
    void theReplicaKeepsTheNewestVersionWhenABurstHoldsAnOlderOne() {
        UUID id = practice("published", "NO", List.of("health"));
        String staleEvent = TestTopics.newEventId();
        TestTopics.sendAll("practices", List.of(
                Map.entry(id.toString(), practiceEvent(TestTopics.newEventId(), id, "practice.updated", "published", 2)),
                Map.entry(id.toString(), practiceEvent(TestTopics.newEventId(), id, "practice.archived", "archived", 3)),
                Map.entry(id.toString(), practiceEvent(staleEvent, id, "practice.updated", "published", 2))));
        // the stale event is recorded as processed in the transaction that would have applied it
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select 1 from processed_event where consumer = 'practice-replica' and event_id = :id")
                .setParameter("id", staleEvent).getResultList())).hasSize(1));
        PracticeReplica replica = QuarkusTransaction.requiringNew().call(() -> PracticeReplica.<PracticeReplica>findById(id));
        assertThat(replica.version).isEqualTo(3);
        assertThat(replica.status).isEqualTo("archived");
    }

    private static String practiceEvent(String eventId, UUID id, String type, String status, long version) {
        return TestTopics.cloudEvent(eventId, "/test", type, id.toString(), "{\"id\":\"" + id
                + "\",\"title\":\"Replica check\",\"country\":\"NO\",\"themes\":[\"health\"],\"status\":\"" + status
                + "\",\"version\":" + version + "}");
    }

    /** Runs {@code task} for 0 to n - 1 on four threads; the results in the order of i. */
    private static <T> List<T> inParallel(int n, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> task.apply(k)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** score_stat of this framework version, zero rows left out. */
    private Map<String, String> projected() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select segment, metric, n, total from score_stat where framework = :f and n <> 0")
                    .setParameter("f", CODE + "@1").getResultList();
            Map<String, String> out = new TreeMap<>();
            rows.forEach(r -> out.put(r[0] + "|" + r[1], amount(((Number) r[2]).longValue(), (BigDecimal) r[3])));
            return out;
        });
    }

    /** What the statistics must be: the contributions of the stored submitted assessments, summed. */
    private Map<String, String> recomputed() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Amount> sum = new TreeMap<>();
            List<Assessment> stored = Assessment.list("frameworkCode = ?1 and status = ?2", CODE, AssessmentStatus.SUBMITTED.code());
            for (Assessment a : stored) {
                List<String> segments = new ArrayList<>(List.of("all"));
                PracticeReplica practice = PracticeReplica.findById(a.practiceId);
                segments.add("country:" + practice.country.strip());
                practice.themes.forEach(t -> segments.add("theme:" + t));
                ScoreContribution.of(a.scores, a.ratings).forEach((metric, amount) -> segments.forEach(segment -> sum.merge(
                        segment + "|" + metric, amount, Amount::plus)));
            }
            Map<String, String> out = new TreeMap<>();
            sum.forEach((k, d) -> {
                if (d.n() != 0) {
                    out.put(k, amount(d.n(), d.total()));
                }
            });
            return out;
        });
    }

    /** score_timeline of this framework version, zero rows left out: month (first day) to count. */
    private Map<String, Long> projectedTimeline() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select to_char(period, 'YYYY-MM-DD'), n from score_timeline "
                    + "where framework = :f and n <> 0").setParameter("f", CODE + "@1").getResultList();
            Map<String, Long> out = new TreeMap<>();
            rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
            return out;
        });
    }

    /** What the timeline must be: the stored submitted assessments counted by month (UTC) of their submission. */
    private Map<String, Long> recomputedTimeline() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> out = new TreeMap<>();
            List<Assessment> stored = Assessment.list("frameworkCode = ?1 and status = ?2", CODE, AssessmentStatus.SUBMITTED.code());
            stored.forEach(a -> out.merge(a.submittedAt.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).toString(),
                    1L, Long::sum));
            return out;
        });
    }

    private static String amount(long n, BigDecimal total) {
        return n + "|" + total.stripTrailingZeros().toPlainString();
    }
}
