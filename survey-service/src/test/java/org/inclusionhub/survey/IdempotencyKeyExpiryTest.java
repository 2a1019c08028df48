package org.inclusionhub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.inclusionhub.commons.testing.ApiClient.as;
import static org.inclusionhub.survey.SurveyFixtures.publishTestSurvey;
import static org.inclusionhub.survey.SurveyFixtures.registerPartner;
import static org.inclusionhub.survey.SurveyFixtures.response;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.inclusionhub.commons.persistence.ExpiredIdempotencyKeys;
import org.junit.jupiter.api.Test;

/** Keys are remembered for the retention, then forgotten: single submissions and batches alike. */
@QuarkusTest
class IdempotencyKeyExpiryTest {

    private static final String R = "/api/v1/surveys/expiry-survey/responses";

    @Inject
    ExpiredIdempotencyKeys expired;
    @Inject
    DataSource dataSource;

    @Test
    void aKeyOlderThanTheRetentionIsForgottenAndAYoungerOneIsNot() throws Exception {
        publishTestSurvey("expiry-survey");
        String key = registerPartner("partner-expiry").get("key");
        String body = response("Expiry net", "FI", "formal", "[\"housing\"]", "no", null);
        String batch = response("Expiry batch", "FI", "formal", "[\"housing\"]", "no", null) + "\n";
        as(key).header("Idempotency-Key", "old-key").body(body).post(R).then().statusCode(201);
        as(key).header("Idempotency-Key", "young-key").body(body).post(R).then().statusCode(201);
        as(key).contentType("application/x-ndjson").header("Idempotency-Key", "old-batch").body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(R + "/bulk")
                .then().statusCode(200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update idempotency_record set created_at = now() - interval '31 days' where key like 'old-%'");
            s.executeUpdate("update bulk_submission set created_at = now() - interval '31 days' where key = 'old-batch'");
        }

        // two keys, and a batch's key (claimed beside single submissions' keys) and its size
        assertThat(expired.purgeBefore(Instant.now().minus(Duration.ofDays(30)))).isEqualTo(4);

        as(key).header("Idempotency-Key", "old-key").body(body).post(R).then().statusCode(201)
                .header("Idempotent-Replayed", "false");
        as(key).header("Idempotency-Key", "young-key").body(body).post(R).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        as(key).contentType("application/x-ndjson").header("Idempotency-Key", "old-batch").body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(R + "/bulk")
                .then().statusCode(200).body("replayed", contains(false));
        as(key).get(R).then().body("total", equalTo(5));
    }
}
