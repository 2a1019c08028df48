package org.inclusionhub.practice.practices.api;

import org.inclusionhub.commons.api.Csv;
import org.inclusionhub.commons.testing.Spreadsheets;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.commons.testing.ApiClient.issueKey;
import static org.inclusionhub.practice.PracticeFixtures.createPublished;
import static org.inclusionhub.practice.PracticeFixtures.practice;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PracticeImportExportTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private static final String HEADER = String.join(",", PracticeCsv.COLUMNS) + "\n";

    private static String csvRow(String title, String country, String theme, String reference) {
        return String.join(",", title, "\"A summary, with a comma\"", "", country, "", "Gozo", "local",
                "Gozo Council|municipality", "", theme, "refugees", "2019", "", "true", "amif", "", "", "",
                "direct-submission", reference) + "\n";
    }

    @Test
    void csvImportWithOneBadRowStoresNothingAndNamesTheRow() {
        String csv = HEADER + csvRow("Gozo one", "MT", "housing", "csv-a")
                + csvRow("Gozo two", "ZZ", "housing", "csv-b")
                + csvRow("Gozo three", "MT", "cooking", "csv-c");
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/practices/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.row", contains(2, 3))
                .body("errors.line", contains(3, 4))
                .body("errors[0].violations.field", contains("country"))
                .body("errors[1].violations.field", contains("themes[0]"));
        // the rows' city is Gozo too, and places are searchable: no stored title may be one of these rows
        asAdmin().queryParam("q", "Gozo").queryParam("status", "draft,published").get("/api/v1/practices").then()
                .body("items.title", everyItem(not(startsWith("Gozo "))));
    }

    /** A quoted description over three lines: the bad record after it starts on line 5, not on the file's third line. */
    @Test
    void anImportErrorNamesTheLineTheRecordStartsOnAfterAMultiLineCell() {
        String multiLine = csvRow("Gozo lines", "MT", "housing", "csv-lines").replaceFirst(",,", ",\"first line\nsecond\nthird\",");
        String csv = HEADER + multiLine + csvRow("Gozo after", "ZZ", "housing", "csv-after");
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/practices/import").then().statusCode(422)
                .body("errors.row", contains(2))
                .body("errors.line", contains(5))
                .body("errors[0].violations.field", contains("country"));
    }

    @Test
    void csvImportStoresAllRowsAndIsIdempotent() {
        String csv = HEADER + csvRow("Marsaxlokk fishing cooperative", "MT", "employment", "csv-ok-1")
                + csvRow("Mdina heritage walks", "MT", "culture-and-arts", "csv-ok-2");
        asAdmin().contentType("text/csv").queryParam("dryRun", true).body(csv).post("/api/v1/practices/import").then()
                .statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(2)).body("skipped", equalTo(0));
        asAdmin().queryParam("q", "Marsaxlokk").queryParam("status", "draft").get("/api/v1/practices").then()
                .body("total", equalTo(0));

        asAdmin().contentType("text/csv").queryParam("publish", true).body(csv).post("/api/v1/practices/import").then()
                .statusCode(200).body("created", equalTo(2)).body("skipped", equalTo(0));
        asAdmin().contentType("text/csv").queryParam("publish", true).body(csv).post("/api/v1/practices/import").then()
                .statusCode(200).body("created", equalTo(0)).body("skipped", equalTo(2));
        asAdmin().contentType("text/csv").queryParam("dryRun", true).body(csv).post("/api/v1/practices/import").then()
                .statusCode(200).body("created", equalTo(0)).body("skipped", equalTo(2));
        given().queryParam("q", "Marsaxlokk").get("/api/v1/practices").then()
                .body("items[0].summary", equalTo("A summary, with a comma"))
                .body("items[0].organisations[0].name", equalTo("Gozo Council"))
                .body("items[0].ongoing", equalTo(true));
    }

    /** A file as large as an import may be is stored whole, within the transaction timeout (it was quadratic: 500 at 4 000 rows). */
    @Test
    void anImportOfAsManyRowsAsAllowedIsStored() throws java.sql.SQLException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < PracticeImporter.MAX_ROWS; i++) {
            csv.append(csvRow("Row limit practice " + i, "FO", "housing", "row-limit-" + i));
        }
        // the import may take longer than the 30 s the test client waits by default on a busy machine
        asAdmin().config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 300_000)))
                .contentType("text/csv").body(csv.toString()).post("/api/v1/practices/import").then().log().ifValidationFails()
                .statusCode(200).body("created", equalTo(PracticeImporter.MAX_ROWS)).body("skipped", equalTo(0));
        asAdmin().queryParam("country", "FO").queryParam("status", "draft").get("/api/v1/practices").then()
                .body("total", equalTo(PracticeImporter.MAX_ROWS));
        // after a large import the search indexes hold no pending entries that every search would read
        assertThat(pendingGinPages()).isZero();
    }

    /** Pages left in the pending lists of the catalogue's GIN indexes (merged by the call, so read once). */
    private long pendingGinPages() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select coalesce(sum(gin_clean_pending_list(i.indexrelid)), 0)"
                        + " from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam"
                        + " where a.amname = 'gin' and i.indrelid = 'practice'::regclass")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every GIN index of the catalogue keeps a small pending list (migration V10), whatever autovacuum does. */
    @Test
    void theSearchIndexesKeepSmallPendingLists() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select c.relname, coalesce(array_to_string(c.reloptions, ','), '')"
                        + " from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam"
                        + " where a.amname = 'gin' and i.indrelid in ('practice'::regclass, 'search_word'::regclass)")) {
            Map<String, String> options = new java.util.HashMap<>();
            while (rows.next()) {
                options.put(rows.getString(1), rows.getString(2));
            }
            assertThat(options).hasSizeGreaterThanOrEqualTo(6).allSatisfy((index, set) ->
                    assertThat(set).as(index).contains("gin_pending_list_limit=256"));
        }
    }

    @Test
    void jsonImportReportsEveryBadItemAndDuplicates() {
        Map<String, Object> good = practice("Json good");
        Map<String, Object> bad = practice("Json bad");
        bad.put("scope", "cosmic");
        asAdmin().body(List.of(good, bad, good)).post("/api/v1/practices/import").then().statusCode(422)
                .body("errors.row", contains(2, 3))
                .body("errors[1].violations[0].field", equalTo("source.reference"));
        asAdmin().queryParam("q", "Json good").queryParam("status", "draft").get("/api/v1/practices").then()
                .body("total", equalTo(0));
    }

    @Test
    void parallelImportsOfTheSameFileStoreEachRowOnce() throws Exception {
        String csv = HEADER + csvRow("Valletta parallel one", "MT", "employment", "csv-par-1")
                + csvRow("Valletta parallel two", "MT", "employment", "csv-par-2");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> created = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                created.add(pool.submit(() -> asAdmin().contentType("text/csv").body(csv).post("/api/v1/practices/import")
                        .then().statusCode(200).extract().<Integer>path("created")));
            }
            int total = 0;
            for (var f : created) {
                total += f.get();
            }
            assertThat(total).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        asAdmin().queryParam("q", "Valletta parallel").queryParam("status", "draft").get("/api/v1/practices").then()
                .body("total", equalTo(2));
    }

    @Test
    void anImportRowWithoutASourceReferenceIsRefused() {
        Map<String, Object> unreferenced = practice("Json unreferenced");
        unreferenced.put("source", Map.of("collection", "direct-submission"));
        asAdmin().body(List.of(unreferenced)).post("/api/v1/practices/import").then().statusCode(422)
                .body("errors[0].violations.field", hasItem("source.reference"));
    }

    @Test
    void importNeedsAnEditorKey() {
        String partner = issueKey("partner", "import-partner");
        as(partner).body(List.of(practice("Partner import"))).post("/api/v1/practices/import").then().statusCode(403);
        given().contentType("application/json").body(List.of(practice("Anonymous import")))
                .post("/api/v1/practices/import").then().statusCode(401);
    }

    @Test
    void theDemoDataFilesAreValidImports() throws IOException {
        try (var files = Files.list(Path.of("demo-data"))) {
            List<Path> demo = files.filter(p -> p.getFileName().toString().matches("practices-.*\\.json")).sorted().toList();
            assertThat(demo).hasSizeGreaterThanOrEqualTo(4);
            for (Path file : demo) {
                asAdmin().queryParam("dryRun", true).body(Files.readString(file)).post("/api/v1/practices/import")
                        .then().statusCode(200).body("dryRun", equalTo(true));
            }
        }
    }

    @Test
    void exportStreamsTheFilteredListAsCsvAndJson() {
        Map<String, Object> p = practice("Exported, \"quoted\" practice");
        p.put("country", "LU");
        asAdmin().body(p).post("/api/v1/practices").then().statusCode(201);
        String id = asAdmin().queryParam("country", "LU").queryParam("status", "draft").get("/api/v1/practices")
                .then().extract().path("items[0].id");
        asAdmin().post("/api/v1/practices/" + id + "/publish").then().statusCode(200);

        String csv = given().queryParam("country", "LU").queryParam("format", "csv").get("/api/v1/practices/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<List<String>> rows = Csv.parse(csv).stream().map(Csv.Record::cells).toList();
        assertThat(rows.get(0)).isEqualTo(PracticeCsv.EXPORT_COLUMNS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(3)).isEqualTo("Exported, \"quoted\" practice");

        given().queryParam("country", "LU").queryParam("format", "json").get("/api/v1/practices/export").then()
                .statusCode(200).body("size()", equalTo(1)).body("title", hasItem("Exported, \"quoted\" practice"));
        given().queryParam("format", "xml").get("/api/v1/practices/export").then().statusCode(400);
        // the export streams every match: it takes no paging (a page parameter is refused), and its contract offers none
        given().queryParam("country", "LU").queryParam("size", 20).get("/api/v1/practices/export").then()
                .statusCode(400).body("violations[0].field", equalTo("size"));
        io.restassured.path.json.JsonPath contract = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        assertThat(contract.getList("paths.'/api/v1/practices/export'.get.parameters.name", String.class))
                .contains("country", "q", "sort").doesNotContain("page", "size", "cursor");
        assertThat(contract.getList("paths.'/api/v1/practices'.get.parameters.name", String.class))
                .contains("country", "page", "size", "cursor");
    }

    @Test
    void anExportNeverStopsHalfWayOnAPracticeWithoutACountry() {
        Map<String, Object> p = practice("Transnational export without country");
        p.remove("country");
        p.put("scope", "transnational");
        createPublished(p);
        String csv = given().queryParam("scope", "transnational").get("/api/v1/practices/export").then().statusCode(200)
                .extract().asString();
        List<List<String>> rows = Csv.parse(csv).stream().map(Csv.Record::cells).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Transnational export without country"));
        given().queryParam("scope", "transnational").queryParam("format", "json").get("/api/v1/practices/export").then()
                .statusCode(200).body("title", hasItem("Transnational export without country"));
    }

    /**
     * Issue 14: texts that look like formulas, or really start with an apostrophe, come back unchanged from an
     * export imported again; the export starts with a byte order mark (for Excel) unless asked not to; the XLSX
     * export holds the same cells as the CSV.
     */
    @Test
    void exportThenImportGivesEveryTextBackAndTheXlsxHoldsTheCsvCells() {
        Map<String, Object> p = practice("-18 months of mentoring");
        p.put("country", "LI");
        p.put("summary", "=1+1 is how the volunteers describe the pairing");
        p.put("description", "'Quoted from the start', said a mentor.\n+ a second line");
        p.put("region", "+Oberland");
        p.put("city", "@Vaduz");
        p.put("partners", List.of("'Apostrophe Association", "-Dash Club"));
        String reference = (String) ((Map<?, ?>) p.get("source")).get("reference");
        createPublished(p);

        String csv = given().queryParam("country", "LI").get("/api/v1/practices/export").then().statusCode(200)
                .extract().asString();
        assertThat(csv).startsWith(Csv.BOM + "id,status,version,title");
        assertThat(csv).contains("'-18 months of mentoring", "'=1+1 is how");
        String copy = csv.replace(reference, reference + "-copy");
        asAdmin().contentType("text/csv; charset=UTF-8").queryParam("publish", true).body(copy.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/practices/import").then().log().ifValidationFails().statusCode(200).body("created", equalTo(1));

        List<Map<String, Object>> both = given().queryParam("country", "LI").queryParam("size", 10).get("/api/v1/practices")
                .then().statusCode(200).extract().path("items");
        assertThat(both).hasSize(2);
        for (String field : List.of("title", "summary", "description", "region", "city", "partners")) {
            assertThat(both.get(1).get(field)).as(field).isEqualTo(both.get(0).get(field)).isEqualTo(p.get(field));
        }

        String plain = given().queryParam("country", "LI").queryParam("bom", false).get("/api/v1/practices/export").then()
                .statusCode(200).extract().asString();
        assertThat(plain).startsWith("id,status,version,title");
        byte[] xlsx = given().queryParam("country", "LI").queryParam("format", "xlsx").get("/api/v1/practices/export").then()
                .statusCode(200).contentType(containsString("spreadsheetml")).header("Content-Disposition", containsString("practices.xlsx"))
                .extract().asByteArray();
        assertThat(Spreadsheets.firstSheet(xlsx)).isEqualTo(Csv.parse(plain).stream().map(Csv.Record::cells).toList());
    }

    /** A title that reads like a number stays text in the XLSX export; the version and the years are numbers. */
    @Test
    void theXlsxExportWritesNumbersOnlyInNumberColumns() {
        Map<String, Object> p = practice("-12.5");
        p.put("country", "GI");
        createPublished(p);
        byte[] xlsx = given().queryParam("country", "GI").queryParam("format", "xlsx").get("/api/v1/practices/export").then()
                .statusCode(200).extract().asByteArray();
        assertThat(Spreadsheets.numberColumns(xlsx)).contains("version").isSubsetOf(PracticeCsv.NUMBER_COLUMNS);
        assertThat(Spreadsheets.firstSheet(xlsx).get(1).get(PracticeCsv.EXPORT_COLUMNS.indexOf("title"))).isEqualTo("-12.5");
    }

    private static org.hamcrest.Matcher<String> containsString(String s) {
        return org.hamcrest.Matchers.containsString(s);
    }
}
