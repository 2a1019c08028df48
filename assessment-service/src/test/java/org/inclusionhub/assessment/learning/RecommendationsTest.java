package org.inclusionhub.assessment.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Learn from whom" over the real pipeline: assessments submitted through the API, the learning projection kept
 * from the assessments topic, recommendations, leaders and pairings read back. Each test assesses against its own
 * copy of a seeded framework, so what other tests submit never counts here.
 */
@QuarkusTest
class RecommendationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROJECTED = Duration.ofSeconds(60);

    /** The five SPRING demo assessments under a copy of spring-gpc: who they are and what each one meets. */
    private record SpringDemo(String framework, UUID curant, Map<UUID, String> practiceOf, Map<UUID, Set<String>> metBy,
            Set<String> curantUnmet) {
    }

    private static SpringDemo spring;

    @Test
    void curantLearnsFromExactlyThePracticesThatMeetEachOfItsUnmetInclusivityItemsInTheDocumentedOrder() {
        SpringDemo demo = springDemo();
        assertThat(demo.curantUnmet()).as("CURANT's unmet IP items in the demo data").isNotEmpty();
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonPath r = get("/api/v1/assessments/" + demo.curant() + "/recommendations?size=20");
            List<Map<String, Object>> weak = r.getList("weakPoints");
            Set<String> ipItems = new HashSet<>();
            for (Map<String, Object> advice : weak) {
                @SuppressWarnings("unchecked")
                Map<String, Object> point = (Map<String, Object>) advice.get("weakPoint");
                if (!"item".equals(point.get("kind")) || !"IP".equals(point.get("area"))) {
                    continue;
                }
                String item = (String) point.get("code");
                ipItems.add(item);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> learnFrom = (List<Map<String, Object>>) advice.get("learnFrom");
                List<Map<String, Object>> assessed = learnFrom.stream().filter(l -> (Boolean) l.get("assessed")).toList();
                Set<UUID> expected = new HashSet<>();
                demo.metBy().forEach((assessment, met) -> {
                    if (!assessment.equals(demo.curant()) && met.contains(item)) {
                        expected.add(assessment);
                    }
                });
                assertThat(assessed).as("assessed recommendations for " + item)
                        .extracting(l -> UUID.fromString((String) l.get("assessmentId")))
                        .containsExactlyInAnyOrderElementsOf(expected);
                assertThat(learnFrom.subList(0, assessed.size())).as("assessed ones first").isEqualTo(assessed);
                for (Map<String, Object> l : assessed) {
                    @SuppressWarnings("unchecked")
                    List<String> also = (List<String>) l.get("alsoStrongAt");
                    Set<String> otherItemsMet = new HashSet<>(demo.metBy().get(UUID.fromString((String) l.get("assessmentId"))));
                    otherItemsMet.retainAll(weakItems(weak));
                    otherItemsMet.remove(item);
                    assertThat(also.stream().filter(c -> c.contains(".")).toList()).as("items also met")
                            .containsExactlyInAnyOrderElementsOf(otherItemsMet);
                }
                for (int i = 1; i < assessed.size(); i++) {
                    assertThat(order(assessed.get(i - 1), assessed.get(i))).as("ranked by the rule at " + item).isLessThan(0);
                }
            }
            assertThat(ipItems).isEqualTo(demo.curantUnmet());
        });
    }

    @Test
    void leadersAreThoseThatMeetTheItemFilteredByCountryAndTheme() {
        SpringDemo demo = springDemo();
        String item = demo.curantUnmet().iterator().next();
        long meeting = demo.metBy().values().stream().filter(m -> m.contains(item)).count();
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(
                get("/api/v1/frameworks/" + demo.framework() + "/items/" + item + "/leaders").getLong("total"))
                .isEqualTo(meeting));
        JsonPath all = get("/api/v1/frameworks/" + demo.framework() + "/items/" + item + "/leaders");
        assertThat(all.getList("items.level", Integer.class)).allMatch(level -> level == 1);
        assertThat(all.getString("text")).isNotBlank();
        assertThat(get("/api/v1/frameworks/" + demo.framework() + "/items/" + item + "/leaders?country=se").getLong("total"))
                .isZero();
        assertThat(get("/api/v1/frameworks/" + demo.framework() + "/items/" + item + "/leaders?country=be&theme=housing")
                .getList("items.subject.practiceId", String.class))
                .allMatch(id -> demo.practiceOf().containsValue(id));
        RestAssured.get("/api/v1/frameworks/" + demo.framework() + "/items/IP.9.9/leaders").then().statusCode(404);
        RestAssured.get("/api/v1/frameworks/" + demo.framework() + "/items/" + item + "/leaders?size=0").then()
                .statusCode(400).body("violations[0].field", equalTo("size"));
        RestAssured.get("/api/v1/frameworks/" + demo.framework() + "/items/" + item + "/leaders?country=Belgium").then()
                .statusCode(400).body("violations[0].field", equalTo("country"));
        RestAssured.get("/api/v1/frameworks/" + demo.framework() + "/items/" + item + "/leaders?country=XX").then()
                .statusCode(400).body("violations[0].field", equalTo("country"));
    }

    @Test
    void onlyEachSubjectsLatestSubmissionCountsAndAWithdrawalTakesItOut() {
        String framework = copyOf("spring-gpc");
        UUID subject = practice("published", "BE", List.of("employment"));
        UUID steady = practice("published", "BE", List.of("employment"));
        UUID changed = practice("published", "BE", List.of("employment"));
        UUID own = submit(framework, subject, "not-met");
        UUID steadyAssessment = submit(framework, steady, "met");
        UUID changedEarlier = submit(framework, changed, "met");
        UUID changedLater = submit(framework, changed, "not-met");

        await().atMost(PROJECTED).untilAsserted(() -> assertThat(learnFromAt(own, "IP.1.1"))
                .containsExactly(steadyAssessment.toString()));

        withdraw(steadyAssessment);
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(learnFromAt(own, "IP.1.1")).isEmpty());

        // with its later assessment withdrawn, the earlier one (which meets the item) counts again
        withdraw(changedLater);
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(learnFromAt(own, "IP.1.1"))
                .containsExactly(changedEarlier.toString()));
    }

    @Test
    void aFrameworkWithNoOtherAssessmentsGivesWeakPointsWithNobodyAssessedToLearnFromAndNothingUnmetGivesNone() {
        String framework = copyOf("spring-gpc");
        UUID practiceId = practice("published", "BE", List.of("employment"));
        UUID alone = submit(framework, practiceId, "not-met");
        JsonPath r = get("/api/v1/assessments/" + alone + "/recommendations");
        assertThat(r.getList("weakPoints.weakPoint.code", String.class)).containsExactly("IP.1.1", "IP.1.3");
        assertThat(r.getList("weakPoints.learnFrom.flatten().findAll { it.assessed }")).isEmpty();
        assertThat(r.getString("subject.type")).isEqualTo("practice");

        UUID allMet = submitAll(framework, practice("published", "BE", List.of("employment")), "met");
        assertThat(get("/api/v1/assessments/" + allMet + "/recommendations").getList("weakPoints")).isEmpty();

        RestAssured.get("/api/v1/assessments/" + UUID.randomUUID() + "/recommendations").then().statusCode(404);
        // an id in another form than 8-4-4-4-12 is not read as some other id
        RestAssured.get("/api/v1/assessments/1-2-3-4-5/recommendations").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
        RestAssured.get("/api/v1/assessments/" + alone + "/recommendations?size=21").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void theDemoCitiesPairAsIncluCitiesPairedThem() throws Exception {
        String framework = copyOf("inclucities-benchmarks");
        JsonNode demo = JSON.readTree(Files.readString(Path.of("demo-data/inclucities-place-assessments.json")));
        for (JsonNode element : demo) {
            ObjectNode body = element.deepCopy();
            body.put("framework", framework);
            asAdmin().queryParam("submit", true).body(body.toString()).post("/api/v1/assessments").then().statusCode(201);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Jelgava", "Schaerbeek");
        expected.put("Livadia", "Fuenlabrada");
        expected.put("Partinico", "Mechelen");
        expected.put("Saint-Jean-de-la-Ruelle", "Brussels");
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonPath pairs = get("/api/v1/frameworks/" + framework + "/pairings");
            assertThat(pairs.getList("mentees.place.name", String.class)).containsExactlyElementsOf(expected.keySet());
            Map<String, String> found = new LinkedHashMap<>();
            for (String mentee : expected.keySet()) {
                found.put(mentee, pairs.getString("mentees.find { it.place.name == '" + mentee + "' }.mentors[0].place.name"));
                assertThat(pairs.getList("mentees.find { it.place.name == '" + mentee + "' }.mentors")).hasSize(1);
            }
            assertThat(found).isEqualTo(expected);
            assertThat(pairs.getDouble("mentees[0].mentors[0].benchmarks[0].complementarity")).isGreaterThanOrEqualTo(1.0);
        });
        RestAssured.get("/api/v1/frameworks/spring-gpc/pairings").then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
        RestAssured.get("/api/v1/frameworks/no-such-framework/pairings").then().statusCode(404);
    }

    /** Compares two consecutive recommendations by the documented rule, from the figures they carry. */
    @SuppressWarnings("unchecked")
    private static int order(Map<String, Object> a, Map<String, Object> b) {
        int c = Double.compare(((Number) b.get("strength")).doubleValue(), ((Number) a.get("strength")).doubleValue());
        if (c == 0) {
            c = Integer.compare(((List<String>) b.get("alsoStrongAt")).size(), ((List<String>) a.get("alsoStrongAt")).size());
        }
        if (c == 0) {
            c = Integer.compare(points((Map<String, Object>) b.get("relevance")), points((Map<String, Object>) a.get("relevance")));
        }
        if (c == 0) {
            c = Double.compare(((Number) b.get("overallScore")).doubleValue(), ((Number) a.get("overallScore")).doubleValue());
        }
        if (c == 0) {
            String nameA = (String) ((Map<String, Object>) a.get("subject")).get("name");
            String nameB = (String) ((Map<String, Object>) b.get("subject")).get("name");
            c = nameA.compareToIgnoreCase(nameB);
        }
        if (c == 0) {
            c = ((String) a.get("assessmentId")).compareTo((String) b.get("assessmentId"));
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    private static int points(Map<String, Object> relevance) {
        return ((List<String>) relevance.get("sharedThemes")).size() + ((List<String>) relevance.get("sharedTargetGroups")).size()
                + (Boolean.TRUE.equals(relevance.get("sameCountry")) ? 1 : 0)
                + (Boolean.TRUE.equals(relevance.get("sameRegion")) ? 1 : 0)
                + (Boolean.TRUE.equals(relevance.get("sameScope")) ? 1 : 0);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> weakItems(List<Map<String, Object>> weak) {
        Set<String> items = new HashSet<>();
        weak.forEach(w -> {
            Map<String, Object> point = (Map<String, Object>) w.get("weakPoint");
            if ("item".equals(point.get("kind"))) {
                items.add((String) point.get("code"));
            }
        });
        return items;
    }

    private static List<String> learnFromAt(UUID assessment, String item) {
        return get("/api/v1/assessments/" + assessment + "/recommendations").getList(
                "weakPoints.find { it.weakPoint.code == '" + item + "' }.learnFrom.findAll { it.assessed }.assessmentId",
                String.class);
    }

    private static synchronized SpringDemo springDemo() {
        if (spring != null) {
            return spring;
        }
        try {
            String framework = copyOf("spring-gpc");
            JsonNode demo = JSON.readTree(Files.readString(Path.of("demo-data/spring-assessments.json")));
            List<String> themes = List.of("employment", "education", "housing", "employment", "health");
            Map<UUID, String> practiceOf = new HashMap<>();
            Map<UUID, Set<String>> metBy = new HashMap<>();
            UUID curant = null;
            Set<String> curantUnmet = new HashSet<>();
            int i = 0;
            for (JsonNode element : demo) {
                ObjectNode body = element.deepCopy();
                String reference = body.remove("practiceSourceReference").asText();
                UUID practiceId = practice("published", "BE", List.of(themes.get(i++), "migrants"));
                body.put("framework", framework);
                body.putObject("subject").put("type", "practice").put("practiceId", practiceId.toString());
                UUID id = UUID.fromString(asAdmin().queryParam("submit", true).body(body.toString())
                        .post("/api/v1/assessments").then().statusCode(201).extract().path("id"));
                practiceOf.put(id, practiceId.toString());
                Set<String> met = new HashSet<>();
                for (JsonNode rating : body.get("ratings")) {
                    if ("met".equals(rating.get("rating").asText())) {
                        met.add(rating.get("item").asText());
                    } else if (reference.endsWith("CURANT") && "not-met".equals(rating.get("rating").asText())
                            && rating.get("item").asText().startsWith("IP.")) {
                        curantUnmet.add(rating.get("item").asText());
                    }
                }
                metBy.put(id, met);
                if (reference.endsWith("CURANT")) {
                    curant = id;
                }
            }
            spring = new SpringDemo(framework, curant, practiceOf, metBy, curantUnmet);
            return spring;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a copy of a seeded framework under a new code and answers that code. */
    private static String copyOf(String seeded) {
        try (InputStream in = RecommendationsTest.class.getClassLoader().getResourceAsStream("frameworks/" + seeded + ".json")) {
            ObjectNode definition = (ObjectNode) JSON.readTree(in);
            String code = "learn-" + UUID.randomUUID().toString().substring(0, 8);
            definition.put("code", code);
            asAdmin().body(definition.toString()).post("/api/v1/frameworks").then().statusCode(201);
            return code;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits an assessment of IP.1: IP.1.1 as given, IP.1.2 and IP.1.4 met, IP.1.3 not met. */
    private static UUID submit(String framework, UUID practiceId, String ip11) {
        Map<String, Object> body = new HashMap<>();
        body.put("framework", framework);
        body.put("subject", Map.of("type", "practice", "practiceId", practiceId.toString()));
        body.put("assessor", "Recommendations test");
        body.put("ratings", List.of(Map.of("item", "IP.1.1", "rating", ip11), Map.of("item", "IP.1.2", "rating", "met"),
                Map.of("item", "IP.1.3", "rating", "not-met"), Map.of("item", "IP.1.4", "rating", "met")));
        return UUID.fromString(asAdmin().queryParam("submit", true).body(body).post("/api/v1/assessments").then()
                .statusCode(201).extract().path("id"));
    }

    /** Submits an assessment of IP.1 with every item rated the same. */
    private static UUID submitAll(String framework, UUID practiceId, String rating) {
        Map<String, Object> body = new HashMap<>();
        body.put("framework", framework);
        body.put("subject", Map.of("type", "practice", "practiceId", practiceId.toString()));
        body.put("assessor", "Recommendations test");
        List<Map<String, String>> ratings = new ArrayList<>();
        for (String item : List.of("IP.1.1", "IP.1.2", "IP.1.3", "IP.1.4")) {
            ratings.add(Map.of("item", item, "rating", rating));
        }
        body.put("ratings", ratings);
        return UUID.fromString(asAdmin().queryParam("submit", true).body(body).post("/api/v1/assessments").then()
                .statusCode(201).extract().path("id"));
    }

    private static void withdraw(UUID assessment) {
        asAdmin().post("/api/v1/assessments/" + assessment + "/withdraw").then().statusCode(200);
    }

    private static JsonPath get(String path) {
        return RestAssured.get(path).then().statusCode(200).extract().jsonPath();
    }
}
