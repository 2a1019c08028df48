package org.inclusionhub.commons.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a third-party portal relies on, the same in each service (each extends this once with its public read
 * paths): cross-origin reads (CORS) and conditional reads (ETag, If-None-Match, 304).
 */
public abstract class IntegratorContractTest {

    private static final String PORTAL = "https://portal.example";

    /** Public JSON reads of this service: a list and a statistics answer at least. */
    protected abstract List<String> publicReads();

    @Test
    void aPortalOnAnotherOriginMayReadButNotWrite() {
        for (String path : publicReads()) {
            given().header("Origin", PORTAL).get(path).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", notNullValue())
                    .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
            Response preflight = given().header("Origin", PORTAL).header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "if-none-match").options(path);
            assertThat(preflight.header("Access-Control-Allow-Methods")).as(path).contains("GET").doesNotContain("POST");
        }
        Response write = given().header("Origin", PORTAL).header("Access-Control-Request-Method", "POST").options(publicReads().get(0));
        assertThat(write.header("Access-Control-Allow-Methods") == null ? "" : write.header("Access-Control-Allow-Methods"))
                .doesNotContain("POST");
    }

    @Test
    void anUnchangedReadAnswers304WithoutABody() {
        for (String path : publicReads()) {
            String tag = given().get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
            given().header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", equalTo(tag))
                    .body(emptyString());
            given().header("If-None-Match", "W/" + tag + ", \"other\"").get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200).body(not(emptyString()));
        }
    }
}
