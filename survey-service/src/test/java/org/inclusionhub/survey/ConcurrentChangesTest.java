package org.inclusionhub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Requests that change one response at the same time: 412 answers only a precondition the client sent (RFC 9110
 * section 15.5.13); without one, or with {@code If-Match: *}, losing the race is a conflict (409), to retry.
 */
@QuarkusTest
class ConcurrentChangesTest {

    private static final String SURVEY = "concurrent-survey";
    private static final String R = "/api/v1/surveys/" + SURVEY + "/responses";

    @Test
    void changesThatMeetWithoutAVersionAnswer200Or409Never412() throws Exception {
        publishTestSurvey(SURVEY);
        String key = registerPartner("partner-race-" + UUID.randomUUID().toString().substring(0, 8)).get("key");
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 6; round++) {
                String id = as(key).body(response("Race " + round, "DE", "formal", "[\"education\"]", "no", 1)).post(R)
                        .then().statusCode(201).extract().path("id");
                List<Callable<Integer>> changes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int members = i + 2;
                    changes.add(() -> as(key).header("If-Match", "*")
                            .body(response("Race", "DE", "formal", "[\"health\"]", "no", members)).put(R + "/" + id)
                            .then().extract().statusCode());
                }
                for (int i = 0; i < 2; i++) {
                    changes.add(() -> as(key).post(R + "/" + id + "/withdraw").then().extract().statusCode());
                }
                for (Future<Integer> answer : pool.invokeAll(changes)) {
                    statuses.add(answer.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(200, 409).contains(200);
    }
}
