package org.inclusionhub.practice.practices.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keyset paging of the practice list. Its practices are in SM, AD and MC, which no other test uses. */
@QuarkusTest
class CursorPagingTest {

    @Test
    void cursorPagesNeitherSkipNorRepeatWhilePracticesArePublishedAndArchived() {
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            created.add(createPublished(sanMarino("San Marino practice " + i)));
        }
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            RequestSpecification request = given().queryParam("country", "SM").queryParam("sort", "-publishedAt")
                    .queryParam("size", 3);
            Response page = (next == null ? request : request.queryParam("cursor", next)).get("/api/v1/practices")
                    .then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(page.header("Link")).contains("cursor=" + next).endsWith("rel=\"next\"");
            }
            if (pages++ == 0) {
                // between the first and the second page: a newer practice appears, an older one goes
                createPublished(sanMarino("San Marino practice, published between pages"));
                String etag = asAdmin().get("/api/v1/practices/" + created.get(0)).then().extract().header("ETag");
                asAdmin().header("If-Match", etag).post("/api/v1/practices/" + created.get(0) + "/archive").then().statusCode(200);
            }
        } while (next != null && pages < 10);

        List<String> expected = new ArrayList<>(created.subList(1, 7));
        java.util.Collections.reverse(expected);
        assertThat(seen).as("newest first, each once, the archived one gone").isEqualTo(expected);
    }

    @Test
    void aWalkByRelevanceThroughPracticesOfEqualRankEndsAndSeesEachOnce() {
        // a word of this run's own, asked for with a typo: every match ranks the same in the typo tier, at a rank
        // (a real) that its decimal text does not hold exactly
        String word = "quorv" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "") + "land";
        String typo = word.substring(0, 2) + "x" + word.substring(3);
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Map<String, Object> body = sanMarino("Andorran walk " + i);
            body.put("country", "AD");
            body.put("summary", "Neighbours of " + word + " meet newcomers.");
            created.add(createPublished(body));
        }
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            RequestSpecification request = given().queryParam("q", typo).queryParam("country", "AD").queryParam("size", 3);
            Response page = (next == null ? request : request.queryParam("cursor", next)).get("/api/v1/practices")
                    .then().statusCode(200).extract().response();
            assertThat(page.jsonPath().getInt("total")).isEqualTo(8);
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            next = page.jsonPath().getString("next");
        } while (next != null && ++pages < 10);

        assertThat(pages).as("pages before the walk ended").isLessThan(10);
        assertThat(seen).as("each match once").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void aFullLastPageHasNoNextCursor() {
        for (int i = 1; i <= 4; i++) {
            Map<String, Object> body = practice("Monaco practice " + i);
            body.put("country", "MC");
            createPublished(body);
        }
        Response first = given().queryParam("country", "MC").queryParam("size", 2).get("/api/v1/practices")
                .then().statusCode(200).extract().response();
        String next = first.jsonPath().getString("next");
        assertThat(next).isNotNull();
        Response last = given().queryParam("country", "MC").queryParam("size", 2).queryParam("cursor", next)
                .get("/api/v1/practices").then().statusCode(200).extract().response();
        assertThat(last.jsonPath().getList("items.title", String.class)).containsExactly("Monaco practice 3", "Monaco practice 4");
        assertThat(last.jsonPath().getString("next")).isNull();
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void badCursorsAreProblemsNamingTheParameter() {
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/practices").then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
        Map<String, Object> one = practice("Andorra cursor one");
        one.put("country", "AD");
        Map<String, Object> two = practice("Andorra cursor two");
        two.put("country", "AD");
        createPublished(one);
        createPublished(two);
        String next = given().queryParam("country", "AD").queryParam("size", 1).get("/api/v1/practices").then()
                .statusCode(200).extract().path("next");
        given().queryParam("cursor", next).queryParam("sort", "-title").get("/api/v1/practices").then().statusCode(400)
                .body("violations.find { it.field == 'cursor' }.message", containsString("sort=title"));
        given().queryParam("cursor", next).queryParam("page", 1).get("/api/v1/practices").then().statusCode(400)
                .body("violations.field", hasItem("page"));
        // the same cursor with another filter or text: it continues only the list it came from
        given().queryParam("cursor", next).queryParam("country", "SM").get("/api/v1/practices").then().statusCode(400)
                .body("violations.find { it.field == 'cursor' }.message", containsString("another list"));
        given().queryParam("cursor", next).queryParam("country", "AD").queryParam("q", "cursor").get("/api/v1/practices")
                .then().statusCode(400).body("violations.field", hasItem("cursor"));
        given().queryParam("cursor", next).queryParam("country", "AD").queryParam("size", 5).get("/api/v1/practices")
                .then().statusCode(200).body("items.title", hasItem("Andorra cursor two"))
                .body("items.title", not(hasItem("Andorra cursor one")));
        // hand-made cursors whose key is no value PostgreSQL reads for the sort are refused, never run
        for (String forged : List.of("2\nstartYear\n0\n" + java.util.UUID.randomUUID() + "\nabc",
                "2\n-publishedAt\n0\n" + java.util.UUID.randomUUID() + "\nyesterday",
                "2\n-publishedAt\n0\n" + java.util.UUID.randomUUID() + "\n2026-13-45 99:00:00+00",
                "2\nrelevance\n0\n" + java.util.UUID.randomUUID() + "\nNaN",
                "2\nrelevance\n0\n" + java.util.UUID.randomUUID() + "\n1e309",
                "2\nrelevance\n0\n" + java.util.UUID.randomUUID() + "\n1e-400",
                "2\nrelevance\n0\n" + java.util.UUID.randomUUID() + "\n0x1p3",
                "2\n-score\n0\n" + java.util.UUID.randomUUID() + "\n-1e309",
                // a NUL reached PostgreSQL, which refuses it in text: 500
                "2\ntitle\n0\n" + java.util.UUID.randomUUID() + "\nab\u0000c",
                "2\ncountry\n0\n" + java.util.UUID.randomUUID() + "\n\u0000")) {
            String cursor = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String sort = forged.split("\n")[1];
            given().queryParam("cursor", cursor).queryParam("sort", sort).queryParam("q", "x")
                    .queryParam("scoreFramework", "spring-gpc").get("/api/v1/practices")
                    .then().statusCode(400).body("violations.find { it.field == 'cursor' }.message",
                            containsString("is not a cursor this list answered"));
        }
    }

    @Test
    void aCursorThatIsNoUtf8IsRefused() {
        byte[] head = ("2\ntitle\n0\n" + java.util.UUID.randomUUID() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] forged = java.util.Arrays.copyOf(head, head.length + 2);
        forged[head.length] = (byte) 0xC3; // a lead byte without its continuation
        forged[head.length + 1] = (byte) 0x28;
        given().queryParam("cursor", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forged))
                .queryParam("sort", "title").get("/api/v1/practices").then().statusCode(400)
                .body("violations.find { it.field == 'cursor' }.message", containsString("is not a cursor this list answered"));
    }

    private static Map<String, Object> sanMarino(String title) {
        Map<String, Object> body = practice(title);
        body.put("country", "SM");
        body.put("city", "San Marino");
        return body;
    }
}
