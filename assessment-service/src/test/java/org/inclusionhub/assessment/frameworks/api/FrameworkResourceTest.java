package org.inclusionhub.assessment.frameworks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.commons.testing.ApiClient.issueKey;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkResourceTest {

    @Test
    void theFourSourceFrameworksAreSeeded() {
        given().get("/api/v1/frameworks").then().statusCode(200)
                .body("code", hasItems("spring-gpc", "inclucities-benchmarks", "youmig-criteria", "erasmi-quality-criteria"))
                .body("find { it.code == 'spring-gpc' }.areas", equalTo(3))
                .body("find { it.code == 'spring-gpc' }.questions", equalTo(12))
                .body("find { it.code == 'spring-gpc' }.ratedElements", equalTo(40))
                .body("find { it.code == 'inclucities-benchmarks' }.areas", equalTo(5))
                .body("find { it.code == 'inclucities-benchmarks' }.ratedElements", equalTo(43))
                .body("find { it.code == 'inclucities-benchmarks' }.scale", equalTo(List.of("0", "1", "2", "3", "not-applicable")))
                .body("find { it.code == 'youmig-criteria' }.ratedElements", equalTo(4))
                .body("find { it.code == 'erasmi-quality-criteria' }.ratedElements", equalTo(10));
        given().get("/api/v1/frameworks/inclucities-benchmarks").then().statusCode(200)
                .body("areas.collect { it.questions.collect { it.items.size() }.sum() }.sum()", equalTo(217))
                .body("areas[0].code", equalTo("BM0"));
        given().get("/api/v1/frameworks/spring-gpc").then()
                .body("areas[0].questions[0].items[0].text", equalTo(
                        "Adopt a participatory, gender mainstreaming, age sensitive, inclusive approach and secure equal opportunities for beneficiaries."));
    }

    @Test
    void anAdminPublishesNewVersionsWhichAreImmutable() {
        Map<String, Object> body = Map.of("code", "local-criteria", "version", 1, "name", "Local criteria", "kind", "checklist",
                "areas", List.of(Map.of("code", "L", "title", "Local", "questions", List.of(Map.of("code", "L.1",
                        "text", "Is it local?", "items", List.of(Map.of("code", "L.1.1", "text", "Runs in one city.")))))));
        asAdmin().body(body).post("/api/v1/frameworks").then().statusCode(201).body("code", equalTo("local-criteria"));
        asAdmin().body(body).post("/api/v1/frameworks").then().statusCode(409);
        given().queryParam("version", 1).get("/api/v1/frameworks/local-criteria").then().statusCode(200);
        given().queryParam("version", 2).get("/api/v1/frameworks/local-criteria").then().statusCode(404)
                .contentType("application/problem+json");
        as(issueKey("editor", "framework-editor")).body(body).post("/api/v1/frameworks").then().statusCode(403);
    }

    @Test
    void aNewVersionContinuesItsFrameworkWithoutAGapOrAnotherKind() {
        Map<String, Object> first = new java.util.HashMap<>(Map.of("code", "sequence-criteria", "version", 2, "name", "Sequence",
                "kind", "checklist", "areas", List.of(Map.of("code", "S", "title", "Sequence", "questions", List.of(Map.of(
                        "code", "S.1", "text", "In order?", "items", List.of(Map.of("code", "S.1.1", "text", "Yes."))))))));
        asAdmin().body(first).post("/api/v1/frameworks").then().statusCode(400)
                .body("violations.find { it.field == 'version' }.message", containsString("starts at version 1"));
        first.put("version", 1);
        asAdmin().body(first).post("/api/v1/frameworks").then().statusCode(201);
        Map<String, Object> gap = new java.util.HashMap<>(first);
        gap.put("version", 5);
        gap.put("kind", "benchmark");
        asAdmin().body(gap).post("/api/v1/frameworks").then().statusCode(400)
                .body("violations.field", hasItems("version", "kind"));
        given().get("/api/v1/frameworks/sequence-criteria").then().statusCode(200).body("version", equalTo(1));
        Map<String, Object> next = new java.util.HashMap<>(first);
        next.put("version", 2);
        asAdmin().body(next).post("/api/v1/frameworks").then().statusCode(201);
        given().get("/api/v1/frameworks/sequence-criteria").then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void aFrameworkNeedsUniqueCodesTextsAndAKnownKind() {
        Map<String, Object> body = Map.of("code", "Bad Code", "version", 0, "name", "", "kind", "survey",
                "areas", List.of(Map.of("code", "X", "title", "X", "questions", List.of(
                        Map.of("code", "X", "text", "", "items", List.of(Map.of("code", "X.1", "text", "t")))))));
        asAdmin().body(body).post("/api/v1/frameworks").then().statusCode(400)
                .body("violations.field", hasItems("code", "version", "name", "kind", "areas[0].questions[0].code",
                        "areas[0].questions[0].text"));
        Map<String, Object> caseOnly = Map.of("code", "case-criteria", "version", 1, "name", "Case", "kind", "checklist",
                "areas", List.of(Map.of("code", "A", "title", "Area", "questions", List.of(Map.of("code", "A.1",
                        "text", "Q", "items", List.of(Map.of("code", "A.1.1", "text", "i"), Map.of("code", "a.1.1", "text", "j")))))));
        asAdmin().body(caseOnly).post("/api/v1/frameworks").then().statusCode(400)
                .body("violations.field", hasItems("areas[0].questions[0].items[1].code"));
    }
}
