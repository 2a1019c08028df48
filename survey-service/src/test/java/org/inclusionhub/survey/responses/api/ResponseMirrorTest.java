package org.inclusionhub.survey.responses.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner mirrors its responses to a survey incrementally: from the changes feed (submissions, updates and
 * withdrawals; never another partner's or another survey's) and by keyset pages that neither repeat nor skip while
 * responses arrive between two pages.
 */
@QuarkusTest
class ResponseMirrorTest {

    private static final String R = "/api/v1/surveys/mirror-survey/responses";

    private static boolean published;

    @BeforeEach
    void survey() {
        if (!published) {
            publishTestSurvey("mirror-survey");
            published = true;
        }
    }

    @Test
    void aMirrorBuiltFromTheChangesFeedEqualsThePartnersResponses() {
        String key = registerPartner("mirror-partner").get("key");
        String other = registerPartner("mirror-other").get("key");
        String head = as(key).get(R + "/changes").then().statusCode(200).extract().path("head");

        String kept = submit(key, "Mirror one");
        String updated = submit(key, "Mirror two");
        String withdrawn = submit(key, "Mirror three");
        String others = submit(other, "Not ours");
        as(key).header("If-Match", "\"0\"").body(response("Mirror two, renamed", "DE", "formal", "[\"education\"]", "no", 7))
                .put(R + "/" + updated).then().statusCode(200);
        as(key).post(R + "/" + withdrawn + "/withdraw").then().statusCode(200);

        Map<String, String> mirror = new HashMap<>();
        String after = head;
        for (int i = 0; i < 50; i++) {
            JsonPath page = as(key).queryParam("after", after).queryParam("limit", 2).get(R + "/changes").then()
                    .statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) item.get("response");
                @SuppressWarnings("unchecked")
                Map<String, Object> answers = (Map<String, Object>) r.get("answers");
                mirror.put((String) r.get("id"), r.get("status") + ":" + answers.get("name"));
            }
            if (page.getString("next").equals(page.getString("head"))) {
                break;
            }
            after = page.getString("next");
        }
        assertThat(mirror).containsEntry(kept, "submitted:Mirror one")
                .containsEntry(updated, "submitted:Mirror two, renamed")
                .containsEntry(withdrawn, "withdrawn:Mirror three")
                .doesNotContainKey(others);
    }

    @Test
    void cursorPagesNeitherRepeatNorSkipWhileResponsesArrive() {
        String key = registerPartner("cursor-partner").get("key");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(submit(key, "Cursor " + i));
        }
        JsonPath first = as(key).queryParam("size", 2).get(R).then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("items.id"));
        String cursor = first.getString("next");
        submit(key, "Cursor late"); // oldest first: it belongs at the end and must appear once
        while (cursor != null) {
            JsonPath page = as(key).queryParam("size", 2).queryParam("cursor", cursor).get(R).then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(6).startsWith(before.toArray(String[]::new));
    }

    @Test
    void badPositionsCursorsAndLimitsAreProblemsNamingTheParameter() {
        asAdmin().queryParam("cursor", "bm9wZQ").get(R).then().statusCode(400).body("violations.field", hasItem("cursor"));
        asAdmin().queryParam("after", "0-x").get(R + "/changes").then().statusCode(400)
                .body("violations.field", hasItem("after"));
        asAdmin().queryParam("after", "0-0").queryParam("limit", 0).get(R + "/changes").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
        given().get(R + "/changes").then().statusCode(401);
        asAdmin().get("/api/v1/surveys/no-such-survey/responses/changes").then().statusCode(404);
        asAdmin().get("/api/v1/surveys/no-such-survey/responses").then().statusCode(404);
    }

    private static String submit(String key, String name) {
        return as(key).body(response(name, "DE", "formal", "[\"education\"]", "no", 10)).post(R).then().statusCode(201)
                .extract().path("id");
    }
}
