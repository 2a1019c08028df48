package org.inclusionhub.practice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.inclusionhub.commons.testing.ApiClient.ADMIN_KEY;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.practice.PracticeFixtures.knownFramework;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.inclusionhub.commons.testing.RawHttp;
import org.inclusionhub.commons.testing.RowCounts;
import org.junit.jupiter.api.Test;
import org.inclusionhub.practice.practices.api.PracticeCsv;

/** The examples of issue 9 that reach practice-service: each answers 4xx problem+json naming what is wrong, and stores nothing. */
@QuarkusTest
class BadInputTest {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Test
    void textThatIsNotWellFormedIsRefusedNamingTheField() {
        refused(() -> asAdmin().body("{\"role\":\"partner\",\"owner\":\"a\\u0000b\"}").post("/api/v1/api-keys"), "owner");
        refused(() -> asAdmin().body(json(practice("LONE")).replace("LONE", "x \\ud800 y")).post("/api/v1/practices"), "title");
        Map<String, Object> partners = practice("NUL partner");
        partners.put("partners", List.of("fine", "bad\u0000"));
        refused(() -> asAdmin().body(json(partners)).post("/api/v1/practices"), "partners[1]");
    }

    @Test
    void unknownPropertiesAreIgnoredButTheirTextIsChecked() {
        Map<String, Object> extra = new java.util.HashMap<>(practice("With fields this API does not know"));
        extra.put("clientRef", Map.of("system", "crm", "ids", List.of(1, "x")));
        extra.put("bogus", 1);
        asAdmin().body(extra).post("/api/v1/practices").then().statusCode(201);
        asAdmin().body(Map.of("role", "partner", "owner", "extra-field", "extra", 5)).post("/api/v1/api-keys").then().statusCode(201);

        Map<String, Object> hidden = new java.util.HashMap<>(practice("A NUL in an ignored field"));
        hidden.put("clientRef", "a\u0000b");
        refused(() -> asAdmin().body(hidden).post("/api/v1/practices"), "clientRef");
    }

    @Test
    void aValueOfTheWrongKindIsNamedInTheClientsTermsNotOurClasses() {
        Map<String, Object> wrong = new java.util.HashMap<>(practice("Wrong kinds"));
        wrong.put("startYear", "soon");
        Response answer = refused(() -> asAdmin().body(wrong).post("/api/v1/practices"), "startYear");
        answer.then().body("violations[0].message", org.hamcrest.Matchers.equalTo("must be a whole number"))
                .body("detail", org.hamcrest.Matchers.not(containsString("java.")));
        Map<String, Object> notAnObject = new java.util.HashMap<>(practice("Wrong kinds"));
        notAnObject.put("budget", "lots");
        refused(() -> asAdmin().body(notAnObject).post("/api/v1/practices"), "budget")
                .then().body("violations[0].message", org.hamcrest.Matchers.equalTo("must be an object"));
    }

    @Test
    void listsAreBounded() {
        Map<String, Object> many = practice("Too many organisations");
        many.put("organisations", java.util.stream.IntStream.range(0, 100_000)
                .mapToObj(i -> Map.of("name", "Organisation " + i, "type", "ngo")).toList());
        refused(() -> asAdmin().body(json(many)).post("/api/v1/practices"), "organisations");
        Map<String, Object> partners = practice("Too many partners");
        partners.put("partners", java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "Partner " + i).toList());
        refused(() -> asAdmin().body(json(partners)).post("/api/v1/practices"), "partners");
    }

    @Test
    void lenientJsonIsRefused() {
        // a key the parser cannot read names the object holding it, not the key before it (it named title)
        refused(() -> asAdmin().body("{\"title\":\"T\",\"x\\ud800\":1}").post("/api/v1/practices"), "body")
                .then().body("violations.field", org.hamcrest.Matchers.not(hasItem("title")));
        refused(() -> asAdmin().body("{\"title\":\"T\",\"budget\":{\"amount\":1,\"x\\ud800\":1}}").post("/api/v1/practices"), "budget");
        // a number beyond a double's range names its own field, in the client's words
        refused(() -> asAdmin().body("{\"title\":\"T\",\"budget\":{\"amount\":1e400,\"currency\":\"EUR\"}}")
                .post("/api/v1/practices"), "budget.amount")
                .then().body("violations[0].message", org.hamcrest.Matchers.not(containsString("Feature")));
        // a token JSON does not have (Infinity, as some encoders write an overflowing number) is named in the
        // client's words, by its own field
        refused(() -> asAdmin().body("{\"title\":\"T\",\"budget\":{\"amount\":Infinity,\"currency\":\"EUR\"}}")
                .post("/api/v1/practices"), "budget.amount")
                .then().body("violations[0].message", org.hamcrest.Matchers.startsWith("is no JSON value"));
        // a number JSON does not allow, by its field and without Jackson's advice; a document cut short, as a whole
        refused(() -> asAdmin().body("{\"title\":\"T\",\"budget\":{\"amount\":+1,\"currency\":\"EUR\"}}")
                .post("/api/v1/practices"), "budget.amount")
                .then().body("violations[0].message", org.hamcrest.Matchers.not(containsString("enable")));
        refused(() -> asAdmin().body("{\"title\":\"T\",\"budget\":{\"amount\":1}").post("/api/v1/practices"), "body");
        refused(() -> asAdmin().body(json(practice("Trailing")) + "xyz").post("/api/v1/practices"), "body");
        refused(() -> asAdmin().body(json(practice("Two documents")) + "{}").post("/api/v1/practices"), "body");
        refused(() -> asAdmin().body("{\"role\":\"partner\",\"owner\":12345}").post("/api/v1/api-keys"), "owner");
        Map<String, Object> ongoing = practice("Ongoing one");
        ongoing.put("ongoing", 1);
        refused(() -> asAdmin().body(json(ongoing)).post("/api/v1/practices"), "ongoing");
        Map<String, Object> year = practice("Fractional year");
        year.put("startYear", 2021.9);
        refused(() -> asAdmin().body(json(year)).post("/api/v1/practices"), "startYear");
    }

    @Test
    void booleansAreOnlyTrueOrFalse() {
        List<Map<String, Object>> items = List.of(practice("Dry run by a one"));
        refused(() -> asAdmin().queryParam("dryRun", "1").body(items).post("/api/v1/practices/import"), "dryRun");
        refused(() -> asAdmin().queryParam("publish", "yes").body(items).post("/api/v1/practices/import"), "publish");
        refused(() -> asAdmin().queryParam("page", "abc").get("/api/v1/practices"), "page");
        // empty is not false: the import would run for real
        refused(() -> asAdmin().queryParam("dryRun", "").body(items).post("/api/v1/practices/import"), "dryRun");
    }

    @Test
    void aBodySaysWhatItIsAndGivesEachKeyOnce() {
        byte[] body = json(practice("Unlabelled body")).getBytes(StandardCharsets.UTF_8);
        refusedRaw(() -> RawHttp.send("POST", "/api/v1/practices", ADMIN_KEY, null, body), 415, "needs a Content-Type");
        // a declared charset is honoured, not read as UTF-8
        byte[] latin1 = json(practice("Café Ørsted")).getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer created = RawHttp.send("POST", "/api/v1/practices", ADMIN_KEY, "application/json; charset=ISO-8859-1", latin1);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"title\":\"Café Ørsted\"");
        refusedRaw(() -> RawHttp.send("POST", "/api/v1/practices", ADMIN_KEY, "application/json; charset=x-unknown", body), 415,
                "charset x-unknown is not known");
        // the same key twice: which one counts is open (RFC 8259), so neither does
        String twice = json(practice("First title")).replaceFirst("\\{", "{\"title\":\"Second title\",");
        refused(() -> asAdmin().body(twice).post("/api/v1/practices"), "title")
                .then().body("violations[0].message", org.hamcrest.Matchers.equalTo("is given twice in the same object"));
        // Jackson's wording (its feature switches, the int range) stays out of the answer
        String huge = json(practice("Huge year")).replaceFirst("\\{", "{\"startYear\":99999999999999999999,");
        refused(() -> asAdmin().body(huge).post("/api/v1/practices"), "startYear")
                .then().body("violations[0].message", org.hamcrest.Matchers.equalTo("is far out of range"));
        refused(() -> asAdmin().body(json(practice("Two documents")) + json(practice("Two documents"))).post("/api/v1/practices"), "body")
                .then().body("detail", org.hamcrest.Matchers.not(containsString("Feature")));
        refused(() -> asAdmin().body("{\"role\":\"superuser\",\"owner\":\"x\"}").post("/api/v1/api-keys"), "role");
        // a media type the endpoint does not take, or none it answers with: the header is named, in our words
        refusedRaw(() -> RawHttp.send("POST", "/api/v1/practices", ADMIN_KEY, "text/plain", body), 415,
                "\"field\":\"Content-Type\"");
        given().accept("application/xml").get("/api/v1/practices").then().statusCode(406)
                .contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers.equalTo("Accept"))
                .body("detail", org.hamcrest.Matchers.not(containsString("@Produces")));
    }

    @Test
    void onlyTheEndpointsOwnParametersAreTaken() {
        // a misspelt filter would otherwise answer the whole catalogue
        refused(() -> asAdmin().queryParam("contry", "BE").get("/api/v1/practices"), "contry");
        refused(() -> asAdmin().queryParam("dryRun", "true").body(practice("Not a dry run")).post("/api/v1/practices"), "dryRun");
        // the filter and page parameters of the list, declared in its bean parameters, are taken
        given().queryParam("country", "BE").queryParam("size", 5).get("/api/v1/practices").then().statusCode(200);
    }

    @Test
    void decimalNumbersAreAsciiAndWithinRange() {
        knownFramework("spring-gpc", 1);
        String list = "/api/v1/practices?scoreFramework=spring-gpc&minScore=";
        refusedRaw(() -> RawHttp.send("GET", list + "1e400", null, null, null), 400, "'1e400' is far out of range");
        for (String notANumber : new String[] {"NaN", "Infinity", "0x1p3", "1e", "%EF%BC%95", "1.5d"}) {
            refusedRaw(() -> RawHttp.send("GET", list + notANumber, null, null, null), 400, "' is not a number");
        }
        given().when().get(list + "1.5e1").then().statusCode(200);
    }

    @Test
    void invalidUtf8BodiesAreRefused() {
        byte[] overlong = "{\"role\":\"partner\",\"owner\":\"a\u00C0\u00AFb\"}".getBytes(StandardCharsets.ISO_8859_1);
        refusedRaw(() -> RawHttp.send("POST", "/api/v1/api-keys", ADMIN_KEY, "application/json", overlong), 400, "not valid UTF-8");
        byte[] csv = (String.join(",", PracticeCsv.COLUMNS) + "\nstray \u00FF byte").getBytes(StandardCharsets.ISO_8859_1);
        refusedRaw(() -> RawHttp.send("POST", "/api/v1/practices/import", ADMIN_KEY, "text/csv", csv), 400, "not valid UTF-8");
    }

    @Test
    void csvCellsNameLineAndColumn() {
        String header = String.join(",", PracticeCsv.COLUMNS) + "\n";
        String nul = header + "Title,Summary,,MT,,Gozo\u0000,local,Council|municipality,,housing,refugees,2019,,true,amif,,,,"
                + "direct-submission,csv-nul\n";
        Response r = refused(() -> asAdmin().contentType("text/csv").body(nul).post("/api/v1/practices/import"), null);
        assertThat(r.jsonPath().getString("detail")).contains("line 2, column 6").contains("NUL");
        String glued = header + "\"Title\"glued,Summary\n";
        r = refused(() -> asAdmin().contentType("text/csv").body(glued).post("/api/v1/practices/import"), null);
        assertThat(r.jsonPath().getString("detail")).contains("line 2, column 1");
        String twice = "title," + header;
        refused(() -> asAdmin().contentType("text/csv").body(twice).post("/api/v1/practices/import"), null);
    }

    @Test
    void parametersAreWellFormedText() {
        refusedRaw(() -> RawHttp.get("/api/v1/practices/%00"), 400, "\"field\":\"id\"");
        refusedRaw(() -> RawHttp.get("/api/v1/practices?scoreFramework=%00"), 400, "\"field\":\"scoreFramework\"");
        refusedRaw(() -> RawHttp.send("GET", "/api/v1/api-keys?owner=%00", ADMIN_KEY, null, null), 400, "\"field\":\"owner\"");
        refusedRaw(() -> RawHttp.get("/api/v1/practices?q=%ED%A0%80"), 400, "\"field\":\"q\"");
        refusedRaw(() -> RawHttp.get("/api/v1/practices?theme=%zz"), 400, "\"field\":\"theme\"");
        refusedRaw(() -> RawHttp.get("/api/v1/practices/%C0%AF"), 400, "\"field\":\"id\"");
    }

    @Test
    void sizeLimitsAnswerProblemJson() {
        refusedRaw(() -> RawHttp.declareBody("POST", "/api/v1/practices/import", ADMIN_KEY, 11L * 1024 * 1024), 413, "at most");
        // a streamed (chunked) body declares no length: it is counted as it comes
        byte[] oversized = ("title,summary\n" + "a,b\n".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        refusedRaw(() -> RawHttp.sendChunked("POST", "/api/v1/practices/import", ADMIN_KEY, "text/csv", oversized), 413, "at most");
        refusedRaw(() -> RawHttp.sendChunked("POST", "/api/v1/practices", ADMIN_KEY, "application/json", oversized), 413, "at most");
        RawHttp.Answer streamed = RawHttp.sendChunked("POST", "/api/v1/practices", ADMIN_KEY, "application/json",
                json(practice("A practice sent in chunks")).getBytes(StandardCharsets.UTF_8));
        assertThat(streamed.status()).as(streamed.body()).isEqualTo(201);
        refusedRaw(() -> RawHttp.get("/api/v1/practices?q=" + "a".repeat(9000)), 414, "at most 8192");
    }

    private Response refused(Supplier<Response> request, String field) {
        Map<String, Long> before = RowCounts.of(dataSource);
        Response response = request.get();
        response.then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        if (field != null) {
            response.then().log().ifValidationFails().body("violations.field", hasItem(field));
        }
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
        return response;
    }

    private void refusedRaw(Supplier<RawHttp.Answer> request, int status, String inBody) {
        Map<String, Long> before = RowCounts.of(dataSource);
        RawHttp.Answer answer = request.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.headers()).isTrue();
        assertThat(answer.body()).contains(inBody);
        assertThat(RowCounts.of(dataSource)).isEqualTo(before);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
