package org.inclusionhub.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.asAdmin;
import static org.inclusionhub.assessment.AssessmentFixtures.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The five SPRING practices assessed as their pages show them score as a hand count of the pages
 * says: items met / items rated per area (IP, RC, PC).
 */
@QuarkusTest
class SpringDemoAssessmentsTest {

    private static final Map<String, int[]> HAND_COUNT = Map.of(
            "SPRING good practice: Psychosocial and employment support programme for women survivors of trafficking",
            new int[] {7, 7, 17, 21, 2, 4},
            "SPRING good practice: Sirius School", new int[] {9, 9, 20, 24, 3, 4},
            "SPRING good practice: Homelands – Places of belonging", new int[] {9, 9, 20, 27, 3, 4},
            "SPRING good practice: CURANT", new int[] {6, 9, 15, 21, 3, 4},
            "SPRING good practice: All-in-one 4 HER – fast-track integration of highly educated refugees",
            new int[] {8, 9, 18, 24, 4, 4});

    @Test
    void theDemoAssessmentsScoreAsTheHandCount() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode demo = mapper.readTree(Files.readString(Path.of("demo-data/spring-assessments.json")));
        assertThat(demo).hasSize(5);
        for (JsonNode element : demo) {
            ObjectNode body = ((ObjectNode) element.deepCopy());
            String reference = body.remove("practiceSourceReference").asText();
            UUID practiceId = practice("published", "BE", List.of("employment"));
            body.putObject("subject").put("type", "practice").put("practiceId", practiceId.toString());
            JsonPath scores = asAdmin().queryParam("submit", true).body(body.toString()).post("/api/v1/assessments")
                    .then().statusCode(201).extract().jsonPath();
            int[] expected = HAND_COUNT.get(reference);
            assertThat(expected).as(reference).isNotNull();
            String[] areas = {"IP", "RC", "PC"};
            for (int i = 0; i < areas.length; i++) {
                String area = "scores.areas.find { it.code == '" + areas[i] + "' }.line";
                assertThat(scores.getInt(area + ".met")).as(reference + " " + areas[i] + " met").isEqualTo(expected[2 * i]);
                assertThat(scores.getInt(area + ".rated")).as(reference + " " + areas[i] + " rated").isEqualTo(expected[2 * i + 1]);
            }
        }
    }
}
