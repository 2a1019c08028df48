package org.inclusionhub.survey.responses.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inclusionhub.commons.api.Csv;
import org.inclusionhub.commons.testing.Spreadsheets;
import org.inclusionhub.survey.surveys.SurveyDefinition.Question;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.TestSurveys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: an export covers every published version by default (a survey_version column, the union of the
 * versions' columns), leaves withdrawn responses out unless asked, narrows by version and updatedSince, and
 * comes as CSV (with a byte order mark unless bom=false), XLSX with the same cells, or JSON.
 */
@QuarkusTest
class ResponseExportTest {

    private static final String CODE = "export-survey";
    private static final String R = "/api/v1/surveys/" + CODE + "/responses";
    private static String key;
    private static String withdrawn;
    private static String v2Answer;
    private static String updatedV1;

    @BeforeEach
    void twoVersionsFourResponsesOneWithdrawn() {
        if (key != null) {
            return;
        }
        publish(TestSurveys.small(CODE, 1));
        publish(version2());
        key = registerPartner("partner-exporting").get("key");
        String first = as(key).body(response("First v1", "SE", "formal", "[\"education\"]", "no", 10)).post(R + "?version=1")
                .then().statusCode(201).extract().path("id");
        withdrawn = as(key).body(response("Withdrawn v1", "SE", "formal", "[\"health\"]", "no", 11)).post(R + "?version=1")
                .then().statusCode(201).extract().path("id");
        as(key).body(response("Budget v1", "SE", "informal", "[\"housing\"]", "no", 12).replace("}}", ",\"budget\":1200.5}}"))
                .post(R + "?version=1").then().statusCode(201);
        as(key).post(R + "/" + withdrawn + "/withdraw").then().statusCode(200);
        v2Answer = as(key).body(response("Only v2", "NO", "formal", "[\"employment\"]", "no", 13)
                .replace("}}", ",\"website\":\"=HYPERLINK(\\\"x\\\")\"}}")).post(R).then().statusCode(201)
                .body("surveyVersion", equalTo(2)).extract().path("createdAt");
        updatedV1 = as(key).header("If-Match", "\"0\"").body(response("First v1, updated", "SE", "formal", "[\"education\"]", "no", 10))
                .put(R + "/" + first).then().statusCode(200).extract().path("updatedAt");
    }

    @Test
    void theDefaultExportCoversEveryVersionWithTheUnionOfTheirColumnsAndNoWithdrawnResponses() {
        List<List<String>> rows = csv(Map.of());
        List<String> header = rows.get(0);
        assertThat(header).startsWith("id", "partner", "survey_version", "status", "created_at", "updated_at", "name");
        assertThat(header).contains("fields:employment", "website", "budget");
        assertThat(header.indexOf("website")).isLessThan(header.indexOf("budget")); // version 2's columns first
        assertThat(rows).hasSize(4);
        assertThat(column(rows, "name")).containsExactly("First v1, updated", "Budget v1", "Only v2");
        assertThat(column(rows, "survey_version")).containsExactly("1", "1", "2");
        assertThat(column(rows, "budget")).containsExactly("", "1200.5", "");
        assertThat(column(rows, "website")).containsExactly("", "", "=HYPERLINK(\"x\")");
        assertThat(column(rows, "fields:employment")).containsExactly("", "", "1");
        assertThat(column(rows, "fields:education")).containsExactly("1", "0", "0");
    }

    @Test
    void statusVersionAndUpdatedSinceNarrowOrWidenTheExportAndTheList() {
        assertThat(csv(Map.of("status", "all"))).hasSize(5);
        assertThat(column(csv(Map.of("status", "withdrawn")), "name")).containsExactly("Withdrawn v1");
        List<List<String>> v1 = csv(Map.of("version", 1));
        assertThat(v1.get(0)).doesNotContain("website", "fields:employment").contains("budget");
        assertThat(column(v1, "name")).containsExactly("First v1, updated", "Budget v1");
        assertThat(column(csv(Map.of("updatedSince", v2Answer)), "name")).containsExactly("First v1, updated", "Only v2");
        assertThat(column(csv(Map.of("updatedSince", updatedV1)), "name")).containsExactly("First v1, updated");

        as(key).queryParam("version", 1).get(R).then().statusCode(200).body("total", equalTo(3));
        as(key).queryParam("version", 2).get(R).then().statusCode(200).body("total", equalTo(1));
        as(key).queryParam("status", "all").queryParam("updatedSince", v2Answer).get(R).then().body("total", equalTo(2));
    }

    @Test
    void anExportWiderThanXlsxHoldsIsRefusedBeforeItStarts() {
        // 55 multiple-choice questions of 300 options: 16 500 option columns, past XLSX's 16 384 (it answered 500)
        String code = "wide-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        List<SurveyDefinition.Option> options = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> new SurveyDefinition.Option("o" + i, "Option " + i)).toList();
        List<Question> questions = java.util.stream.IntStream.range(0, 55).mapToObj(i -> new Question("q" + i,
                "Question " + i, "multiple-choice", false, options, false, null, null, null, null)).toList();
        asAdmin().body(new SurveyDefinition(code, 1, "Wide", "Many options", questions)).post("/api/v1/surveys")
                .then().statusCode(201);
        asAdmin().post("/api/v1/surveys/" + code + "/versions/1/publish").then().statusCode(200);
        String wide = "/api/v1/surveys/" + code + "/responses/export";

        asAdmin().queryParam("format", "xlsx").get(wide).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("format")).body("violations[0].message", containsString("16384"));
        asAdmin().queryParam("format", "csv").get(wide).then().statusCode(200);
    }

    @Test
    void badExportParametersAnswer400NamingTheParameter() {
        as(key).queryParam("status", "gone").get(R + "/export").then().statusCode(400)
                .body("violations[0].field", equalTo("status")).body("violations[0].message", containsString("all"));
        as(key).queryParam("updatedSince", "yesterday").get(R + "/export").then().statusCode(400)
                .body("violations[0].field", equalTo("updatedSince"));
        // instants ISO 8601 can write but PostgreSQL cannot hold (it answered 500 "timestamp out of range")
        for (String instant : new String[] {"-4713-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "0000-12-31T23:59:59Z"}) {
            for (String path : new String[] {R, R + "/export"}) {
                as(key).queryParam("updatedSince", instant).get(path).then().statusCode(400)
                        .body("violations[0].field", equalTo("updatedSince"))
                        .body("violations[0].message", containsString("0001"));
            }
        }
        as(key).queryParam("format", "xls").get(R + "/export").then().statusCode(400)
                .body("violations[0].field", equalTo("format")).body("violations[0].message", containsString("xlsx"));
        as(key).queryParam("version", 7).get(R + "/export").then().statusCode(404);
        for (int version : new int[] {0, -1}) {
            as(key).queryParam("version", version).get(R + "/export").then().statusCode(400)
                    .body("violations[0].field", equalTo("version"));
            as(key).queryParam("version", version).get(R).then().statusCode(400).body("violations[0].field", equalTo("version"));
        }
        // the list answers an unknown version as the export and the statistics do
        as(key).queryParam("version", 7).get(R).then().statusCode(404);
    }

    @Test
    void theCsvStartsWithAByteOrderMarkUnlessAskedNotToAndTheXlsxHoldsTheSameCells() {
        String withBom = as(key).queryParam("labels", true).get(R + "/export").then().statusCode(200).extract().asString();
        assertThat(withBom).startsWith(Csv.BOM + "id,partner,survey_version");
        String plain = as(key).queryParam("labels", true).queryParam("bom", false).get(R + "/export").then().statusCode(200)
                .extract().asString();
        assertThat(plain).startsWith("id,partner,survey_version");
        byte[] xlsx = as(key).queryParam("labels", true).queryParam("format", "xlsx").get(R + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString(CODE + "-responses.xlsx")).extract().asByteArray();
        List<List<String>> sheet = Spreadsheets.firstSheet(xlsx);
        assertThat(sheet).isEqualTo(Csv.parse(plain).stream().map(Csv.Record::cells).toList());
        assertThat(sheet.get(1)).contains("Formal network");
    }

    private static List<List<String>> csv(Map<String, Object> params) {
        String text = as(key).queryParams(params).get(R + "/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        return Csv.parse(text).stream().map(Csv.Record::cells).toList();
    }

    private static List<String> column(List<List<String>> rows, String name) {
        int index = rows.get(0).indexOf(name);
        return rows.stream().skip(1).map(row -> row.get(index)).toList();
    }

    private static void publish(SurveyDefinition definition) {
        asAdmin().body(definition).post("/api/v1/surveys").then().statusCode(201);
        asAdmin().post("/api/v1/surveys/" + CODE + "/versions/" + definition.version() + "/publish").then().statusCode(200);
    }

    /** Version 1 without its budget question, with an employment option and a website question. */
    private static SurveyDefinition version2() {
        SurveyDefinition v1 = TestSurveys.small(CODE, 2);
        List<Question> questions = new ArrayList<>();
        for (Question q : v1.questions()) {
            if (q.code().equals("budget")) {
                continue;
            }
            if (q.code().equals("fields")) {
                q = new Question(q.code(), q.text(), q.type(), q.required(), Stream.concat(q.options().stream(),
                        Stream.of(new SurveyDefinition.Option("employment", "Employment"))).toList(), q.otherOption(), q.min(), q.max(),
                        q.maxLength(), q.condition());
            }
            questions.add(q);
        }
        questions.add(new Question("website", "Website", "free-text", false, null, null, null, null, 200, null));
        return new SurveyDefinition(CODE, 2, v1.title(), v1.description(), questions);
    }
}
