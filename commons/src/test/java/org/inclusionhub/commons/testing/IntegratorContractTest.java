package org.inclusionhub.commons.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a third-party portal relies on, the same in each service (each extends this once with its public read
 * paths): cross-origin reads (CORS), conditional reads (ETag, If-None-Match, 304) and problem types that say
 * what went wrong without parsing English.
 */
public abstract class IntegratorContractTest {

    private static final String PORTAL = "https://portal.example";

    /** Public JSON reads of this service: a list and a statistics answer at least. */
    protected abstract List<String> publicReads();

    /** A public read with one query parameter it takes, e.g. {@code /api/v1/practices?size=5}. */
    protected abstract String readWithParameter();

    @Test
    void aPortalOnAnotherOriginMayReadAndWritesStillNeedAKey() {
        for (String path : publicReads()) {
            Response read = given().header("Origin", PORTAL).get(path);
            assertThat(read.headers().getValues("Vary")).as(path + " Vary").anyMatch(v -> v.contains("Origin"));
            read.then().statusCode(200)
                    .header("Access-Control-Allow-Origin", notNullValue())
                    .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
            Response preflight = given().header("Origin", PORTAL).header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "if-none-match").options(path);
            assertThat(preflight.header("Access-Control-Allow-Methods")).as(path).contains("GET");
        }
        String collection = publicReads().get(0).replaceFirst("\\?.*", "");
        Response write = given().header("Origin", PORTAL).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key").options(collection);
        assertThat(write.header("Access-Control-Allow-Methods")).contains("POST");
        // a cross-origin write without a key is refused as any other: 401 problem+json, not a CORS 403
        given().header("Origin", PORTAL).contentType("application/json").body("{}").post(collection).then()
                .statusCode(401).contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void problemsCarryAStableTypeThatDocumentsItself() {
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        given().urlEncodingEnabled(false).get(publicReads().get(0).replaceFirst("\\?.*", "") + "?probe=%00").then()
                .statusCode(400).body("type", equalTo("/problems/validation")).body("violations[0].field", notNullValue());
        given().get("/problems/validation").then().statusCode(200).body("status", equalTo(400))
                .body("title", equalTo("Validation failed"));
        given().get("/problems").then().statusCode(200).body("type", org.hamcrest.Matchers.hasItems("/problems/stale-version",
                "/problems/version-required", "/problems/unprocessable", "/problems/rate-limited"));
        given().get("/problems/no-such-kind").then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aParameterGivenTwiceOrUnknownIsRefusedNamingIt() {
        String read = readWithParameter();
        String parameter = read.substring(read.indexOf('?') + 1);
        given().get(read + "&" + parameter).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo(parameter.substring(0, parameter.indexOf('='))));
        given().get(read + "&dryRun=true").then().statusCode(400).body("violations[0].field", equalTo("dryRun"));
        given().get(read).then().statusCode(200);
    }

    /** A parameter given twice is refused, so the document may not promise repeatable (array) query parameters. */
    @Test
    void theOpenApiDocumentDeclaresNoRepeatableQueryParameter() {
        List<String> arrays = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().getList("paths.collect { path, ops -> ops.collect { m, op -> (op instanceof Map ? op.parameters : null)"
                        + ".findAll { it != null && it.in == 'query' && it.schema?.type == 'array' }"
                        + ".collect { path + ' ' + m + ' ' + it.name } } }.flatten()", String.class);
        assertThat(arrays).as("query parameters declared as arrays").isEmpty();
    }

    /**
     * The lint of the OpenAPI document, run in every build: what a client generator and a reader need. Every
     * operation has a unique operationId, a summary and a description; every parameter a description and an
     * example; every success answer with a JSON body a schema; every 4xx/5xx answer the problem+json schema; a
     * path parameter a 404, a secured operation 401/403 and the declared scheme, If-Match 412/428; every object
     * schema its required properties.
     */
    @Test
    void theOpenApiDocumentIsCompleteForAClientGenerator() {
        JsonNode document = OpenApiDocument.read();
        List<String> findings = OpenApiDocument.lint(document);
        assertThat(findings).as("OpenAPI lint findings").isEmpty();
    }

    /** The AsyncAPI document and the event schemas it refers to, relative to it, are served by every service. */
    @Test
    void theEventContractIsServedNextToTheOpenApiDocument() {
        String asyncApi = given().get("/asyncapi.yaml").then().statusCode(200).header("Cache-Control", equalTo("no-cache"))
                .extract().asString();
        assertThat(asyncApi).startsWith("#").contains("asyncapi: 3.0.0");
        for (String schema : List.of("cloudevent", "practice", "assessment", "survey-response")) {
            given().get("/contracts/events/" + schema + ".schema.json").then().statusCode(200)
                    .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"));
        }
    }

    @Test
    void theDashboardIsRevalidatedNotCachedAsImmutable() {
        for (String path : List.of("/dashboard/", "/dashboard-assets/dashboard.js", "/dashboard-assets/dashboard.css")) {
            given().get(path).then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        }
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
