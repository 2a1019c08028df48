package org.inclusionhub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.inclusionhub.commons.testing.ApiClient.ADMIN_KEY;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.inclusionhub.commons.testing.RawHttp;
import org.inclusionhub.commons.testing.RowCounts;
import org.junit.jupiter.api.Test;

/** The examples of issue 9 that reach survey-service: 4xx problem+json naming what is wrong, nothing stored. */
@QuarkusTest
class BadInputTest {

    private static final String R = "/api/v1/surveys/bad-input-survey/responses";
    private static String partnerKey;

    @Inject
    DataSource dataSource;

    private static String partner() {
        if (partnerKey == null) {
            publishTestSurvey("bad-input-survey");
            partnerKey = registerPartner("bad-input-partner").get("key");
        }
        return partnerKey;
    }

    @Test
    void parametersAndPathsAreWellFormedText() {
        partner();
        refusedRaw(() -> RawHttp.get("/api/v1/surveys/%00"), "\"field\":\"code\"");
        refusedRaw(() -> RawHttp.get("/api/v1/surveys/%zz"), "\"field\":\"path\"");
        refusedRaw(() -> RawHttp.send("GET", R + "/export?labels=x", partner(), null, null), "\"field\":\"labels\"");
        // a number that cannot be read is named as such, not by the whole int range (the endpoint states its own bounds)
        refusedRaw(() -> RawHttp.send("GET", R + "?size=abc", partner(), null, null), "'abc' is not a whole number\"");
        refusedRaw(() -> RawHttp.send("GET", R + "?size=99999999999", partner(), null, null), "'99999999999' is far out of range");
        refusedRaw(() -> RawHttp.send("GET", R + "?size=0", partner(), null, null), "must be between 1 and");
        // only ASCII digits: a full-width five is no number here
        refusedRaw(() -> RawHttp.send("GET", R + "?size=%EF%BC%95", partner(), null, null), "is not a whole number\"");
    }

    @Test
    void onlyTheEndpointsOwnParametersAreTaken() {
        String answer = response("Dry", "DE", "formal", "[\"education\"]", "no", 10);
        // no dry run here: the parameter is refused, and nothing is stored
        refused(() -> as(partner()).queryParam("dryRun", "true").body(answer).post(R), "dryRun");
        refused(() -> as(partner()).contentType("application/x-ndjson").queryParam("dryRun", "true")
                .body((answer + "\n").getBytes(StandardCharsets.UTF_8))
                .post(R + "/bulk"), "dryRun");
        refused(() -> as(partner()).queryParam("contry", "DE").get(R), "contry");
        // a parameter that is not text needs a value
        refused(() -> as(partner()).queryParam("size", "").get(R), "size");
        refused(() -> asAdmin().queryParam("labels", "").get(R + "/export"), "labels");
    }

    @Test
    void textInAnswersAndPartnersIsWellFormed() {
        partner();
        String answer = response("NUL\\u0000net", "DE", "formal", "[\"education\"]", "no", 10);
        refused(() -> as(partner()).body(answer).post(R), "answers.name");
        refused(() -> asAdmin().body(Map.of("code", "nul-partner", "name", "a\u0000b", "contactEmail", "x@example.org"))
                .post("/api/v1/partners"), "name");
        refused(() -> asAdmin().body(Map.of("code", "nameless-partner")).post("/api/v1/partners"), "name");
        refused(() -> as(partner()).body(response("Members", "DE", "formal", "[\"education\"]", "no", 10)
                .replace("\"members\":10", "\"members\":25.5")).post(R), 422, "answers.members");
        refused(() -> as(partner()).body(response("Trailing", "DE", "formal", "[\"education\"]", "no", 10) + "xyz").post(R), "body");
        // an object without answers names answers; no body at all names the body
        refused(() -> as(partner()).body("{}").post(R), "answers");
        refused(() -> as(partner()).contentType("application/json").post(R), "body");
        // a NUL in a key is named by that key, inside answers and at the top level (an ignored property)
        String keyed = response("Keyed", "DE", "formal", "[\"education\"]", "no", 10);
        refused(() -> as(partner()).body(keyed.replace("\"name\":", "\"a\\u0000b\":\"z\",\"name\":")).post(R), "answers.a\u0000b");
        refused(() -> as(partner()).body("{\"x\\u0000y\":1," + keyed.substring(1)).post(R), "x\u0000y");
        // a key given twice inside answers is named with its path, another key between the two or not
        refused(() -> as(partner()).body(keyed.replace("\"name\":", "\"country\":\"AT\",\"name\":")).post(R), "answers.country");
    }

    @Test
    void bulkBodiesMustBeUtf8() {
        partner();
        byte[] ndjson = (response("Stray", "DE", "formal", "[\"education\"]", "no", 10).replace("Stray", "Stray \u00C0\u00AF")
                + "\n").getBytes(StandardCharsets.ISO_8859_1);
        refusedRaw(() -> RawHttp.send("POST", R + "/bulk", partner(), "application/x-ndjson", ndjson), "not valid UTF-8");
        refusedRaw(() -> RawHttp.send("POST", "/api/v1/api-keys", ADMIN_KEY, "application/json",
                "{\"role\":\"partner\",\"owner\":\"\u00C0\u00AF\"}".getBytes(StandardCharsets.ISO_8859_1)), "not valid UTF-8");
    }

    private void refused(Supplier<Response> request, String field) {
        refused(request, 400, field);
    }

    private void refused(Supplier<Response> request, int status, String field) {
        Map<String, Long> before = RowCounts.of(dataSource);
        Response response = request.get();
        response.then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            response.then().body("violations.field", hasItem(field));
        }
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
    }

    private void refusedRaw(Supplier<RawHttp.Answer> request, String inBody) {
        Map<String, Long> before = RowCounts.of(dataSource);
        RawHttp.Answer answer = request.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.headers()).isTrue();
        assertThat(answer.body()).contains(inBody);
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
    }
}
