package org.inclusionhub.practice.practices.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.create;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.knownFramework;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search runs on Iceland (IS) and Cyprus (CY) practices, which no other test creates. */
@QuarkusTest
class PracticeSearchTest {

    private static boolean catalogued;

    @BeforeEach
    void catalogue() {
        if (catalogued) {
            return;
        }
        catalogued = true;
        Map<String, Object> choir = practice("Reykjavik welcome choir");
        choir.put("country", "IS");
        choir.put("summary", "Newcomers sing with local choirs.");
        choir.put("description", "Weekly rehearsals; some glaciology talks for fun.");
        choir.put("themes", List.of("culture-and-arts"));
        choir.put("targetGroups", List.of("newcomers"));
        choir.put("startYear", 2010);
        choir.put("endYear", 2012);
        createPublished(choir);

        Map<String, Object> course = practice("Glaciology course for refugee students");
        course.put("country", "IS");
        course.put("summary", "Refugee students study glaciology at the university.");
        course.put("themes", List.of("education-and-training"));
        course.put("targetGroups", List.of("refugees", "students"));
        course.put("scope", "national");
        course.put("funding", List.of("erasmus-plus"));
        course.put("startYear", 2018);
        course.put("endYear", null);
        course.put("ongoing", true);
        createPublished(course);

        Map<String, Object> harbour = practice("Limassol harbour jobs");
        harbour.put("country", "CY");
        harbour.put("themes", List.of("employment"));
        harbour.put("targetGroups", List.of("refugees"));
        harbour.put("startYear", 2015);
        harbour.put("endYear", 2017);
        createPublished(harbour);

        Map<String, Object> draft = practice("Glaciology draft in Iceland");
        draft.put("country", "IS");
        create(draft);
    }

    @Test
    void filtersByCountryAndShowsOnlyPublished() {
        given().queryParam("country", "IS").get("/api/v1/practices").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.title", contains("Glaciology course for refugee students", "Reykjavik welcome choir"));
        asAdmin().queryParam("country", "is").queryParam("status", "draft,published").get("/api/v1/practices").then()
                .body("total", equalTo(3));
    }

    @Test
    void fullTextSearchRanksTitleMatchesFirst() {
        given().queryParam("q", "glaciology").queryParam("country", "IS").get("/api/v1/practices").then()
                .body("sort", equalTo("relevance"))
                .body("items.title", contains("Glaciology course for refugee students", "Reykjavik welcome choir"));
    }

    @Test
    void combinesVocabularyFiltersAndYears() {
        given().queryParam("country", "IS,CY").queryParam("targetGroup", "refugees").get("/api/v1/practices").then()
                .body("items.title", containsInAnyOrder("Glaciology course for refugee students", "Limassol harbour jobs"));
        given().queryParam("country", "IS").queryParam("theme", "culture-and-arts").get("/api/v1/practices").then()
                .body("items.title", contains("Reykjavik welcome choir"));
        given().queryParam("country", "IS,CY").queryParam("funding", "erasmus-plus").queryParam("scope", "national")
                .get("/api/v1/practices").then().body("items.title", contains("Glaciology course for refugee students"));
        given().queryParam("country", "IS,CY").queryParam("yearFrom", 2016).queryParam("yearTo", 2020)
                .get("/api/v1/practices").then()
                .body("items.title", containsInAnyOrder("Glaciology course for refugee students", "Limassol harbour jobs"));
        given().queryParam("country", "IS,CY").queryParam("source", "spring").get("/api/v1/practices").then()
                .body("total", equalTo(0));
    }

    @Test
    void facetsCountTheWholeFilteredSet() {
        given().queryParam("country", "IS,CY").queryParam("size", 1).get("/api/v1/practices").then()
                .body("items.size()", equalTo(1))
                .body("total", equalTo(3))
                .body("totalPages", equalTo(3))
                .body("facets.countries.IS", equalTo(2))
                .body("facets.countries.CY", equalTo(1))
                .body("facets.targetGroups.refugees", equalTo(2))
                .body("facets.themes.employment", equalTo(1));
    }

    @Test
    void sortsAndPagesExplicitly() {
        given().queryParam("country", "IS,CY").queryParam("sort", "-startYear").get("/api/v1/practices").then()
                .body("items.startYear", contains(2018, 2015, 2010));
        given().queryParam("country", "IS,CY").queryParam("sort", "title").queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/practices").then().body("items.title", contains("Reykjavik welcome choir"));
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("size", 1000).queryParam("sort", "popularity").queryParam("theme", "juggling")
                .queryParam("country", "XX").get("/api/v1/practices").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("size", "sort", "theme", "country"));
        given().queryParam("yearFrom", 2020).queryParam("yearTo", 2010).get("/api/v1/practices").then().statusCode(400);
        given().queryParam("scoreFramework", "spring-gpc").queryParam("minScore", 80).queryParam("maxScore", 20)
                .get("/api/v1/practices").then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("minScore"));
        // overall scores are percentages
        given().queryParam("scoreFramework", "spring-gpc").queryParam("minScore", -5)
                .get("/api/v1/practices").then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("minScore"));
        given().queryParam("scoreFramework", "spring-gpc").queryParam("maxScore", 500)
                .get("/api/v1/practices").then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("maxScore"));
        knownFramework("spring-gpc", 1);
        given().queryParam("scoreFramework", "spring-gpc").queryParam("minScore", 50).queryParam("maxScore", 50)
                .get("/api/v1/practices").then().statusCode(200);
    }
}
