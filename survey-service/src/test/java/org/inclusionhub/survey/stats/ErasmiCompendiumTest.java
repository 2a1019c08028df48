package org.inclusionhub.survey.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo responses reproduce the ERASMI compendium: every figure listed in
 * {@code demo-data/compendium-figures.json} (each with its seed 004 line) is read back from the statistics
 * API after the 55 demo responses are submitted to a copy of erasmi-networks version 3 (the questions of
 * version 2 plus the computed country groups of Fig. 1).
 */
@QuarkusTest
class ErasmiCompendiumTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "erasmi-compendium-check";
    private static final String S = "/api/v1/surveys/" + CODE;

    @Test
    void theDemoResponsesReproduceEveryFigureTheCompendiumStates() throws IOException {
        JsonNode figures = JSON.readTree(Path.of("demo-data/compendium-figures.json").toFile());
        ObjectNode definition = (ObjectNode) JSON.readTree(given().get("/api/v1/surveys/erasmi-networks?version=3").then()
                .statusCode(200).extract().asString());
        definition.put("code", CODE).put("version", 1);
        asAdmin().body(definition.toString()).post("/api/v1/surveys").then().statusCode(201);
        asAdmin().post(S + "/versions/1/publish").then().statusCode(200);
        String key = registerPartner("partner-compendium").get("key");
        List<Integer> statuses = as(key).body(Files.readString(Path.of("demo-data/erasmi-demo-responses.json")))
                .post(S + "/responses/bulk").then().statusCode(200).extract().path("status");
        assertThat(statuses).hasSize(figures.path("respondents").asInt()).containsOnly(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(S + "/statistics").then()
                .body("respondents", equalTo(figures.path("respondents").asInt())));

        JsonPath statistics = given().get(S + "/statistics").then().statusCode(200).extract().jsonPath();
        Map<String, JsonPath> crossTabs = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int exact = 0;
        for (JsonNode figure : figures.path("figures")) {
            long actual = figure.path("target").has("cross")
                    ? crossSum(figure.path("target").path("cross"), crossTabs)
                    : optionSum(statistics, figure.path("target"));
            long min = figure.has("count") ? figure.path("count").asLong() : figure.path("min").asLong();
            long max = figure.has("count") ? figure.path("count").asLong() : figure.path("max").asLong();
            exact += figure.has("count") ? 1 : 0;
            if (actual < min || actual > max) {
                wrong.add(figure.path("figure").asText() + " (seed 004 line " + figure.path("line").asInt() + ", \""
                        + figure.path("statement").asText() + "\"): expected " + (min == max ? min : min + " to " + max)
                        + ", the statistics say " + actual);
            }
        }
        System.out.printf("ERASMI compendium: %d figures checked (%d exact counts, %d ranges for word statements)%n",
                figures.path("figures").size(), exact, figures.path("figures").size() - exact);
        assertThat(wrong).as("figures that the statistics do not reproduce").isEmpty();
        assertThat(figures.path("figures").size()).isGreaterThanOrEqualTo(30);

        // Fig. 1 (seed 004 line 230) read directly, in the report's groups and order, from the computed dimension
        statistics.setRootPath("questions.find { it.code == 'country_group' }");
        assertThat(statistics.getList("options.label", String.class)).containsExactly("Germany", "Turkey", "Italy", "Ireland",
                "United Kingdom", "Europe wide or global approach", "Other countries");
        assertThat(statistics.getList("options.count", Integer.class)).containsExactly(14, 12, 11, 7, 4, 4, 3);
        assertThat(statistics.getFloat("options[0].percentageOfRespondents")).isEqualTo(25.5f);
        // and filtered and crossed like any question
        given().queryParam("filter", "country_group=other-countries").get(S + "/statistics").then().statusCode(200)
                .body("respondents", equalTo(3));
        given().queryParam("rows", "country_group").queryParam("columns", "network_type").get(S + "/statistics/crosstab").then()
                .statusCode(200).body("rowTotals", equalTo(List.of(14, 12, 11, 7, 4, 4, 3)));
        // a yes-no question's answers read Yes and No, in the statistics and the cross-tab, as the XLSForm export names them
        statistics.setRootPath("questions.find { it.code == 'europe_wide_or_global' }");
        assertThat(statistics.getList("options.code", String.class)).containsExactly("yes", "no");
        assertThat(statistics.getList("options.label", String.class)).containsExactly("Yes", "No");
        given().queryParam("rows", "europe_wide_or_global").queryParam("columns", "network_type").get(S + "/statistics/crosstab")
                .then().statusCode(200).body("rowLabels", equalTo(List.of("Yes", "No")));
    }

    private static long optionSum(JsonPath statistics, JsonNode target) {
        long sum = 0;
        for (JsonNode option : target.path("options")) {
            Integer count = statistics.get("questions.find { it.code == '" + target.path("question").asText() + "' }.options.find { it.code == '"
                    + option.asText() + "' }.count");
            sum += count == null ? 0 : count;
        }
        return sum;
    }

    private static long crossSum(JsonNode cross, Map<String, JsonPath> crossTabs) {
        String rows = cross.path("rows").asText();
        String columns = cross.path("columns").asText();
        JsonPath tab = crossTabs.computeIfAbsent(rows + "|" + columns, k -> given().queryParam("rows", rows)
                .queryParam("columns", columns).get(S + "/statistics/crosstab").then().statusCode(200).extract().jsonPath());
        List<String> rowOptions = tab.getList("rowOptions");
        List<String> columnOptions = tab.getList("columnOptions");
        List<List<Integer>> counts = tab.getList("counts");
        long sum = 0;
        for (JsonNode r : cross.path("rowOptions")) {
            for (JsonNode c : cross.path("columnOptions")) {
                int i = rowOptions.indexOf(r.asText());
                int j = columnOptions.indexOf(c.asText());
                sum += i < 0 || j < 0 ? 0 : counts.get(i).get(j);
            }
        }
        return sum;
    }
}
