package org.inclusionhub.practice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Repeated failed authentications from one address are answered 429 with Retry-After. */
@QuarkusTest
@TestProfile(FailedAuthenticationLimitTest.FiveFailures.class)
class FailedAuthenticationLimitTest {

    /** Five failures a minute, so the test needs few requests (and its own application instance). */
    public static class FiveFailures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("inclusionhub.security.failed-authentication.limit", "5",
                    "inclusionhub.security.failed-authentication.period", "1m");
        }
    }

    @Test
    void guessingKeysIsBrakedAndAnonymousReadsAreNot() {
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", "Bearer guess-" + i).get("/api/v1/api-keys").then().statusCode(401);
        }
        given().header("Authorization", "Bearer guess-6").get("/api/v1/api-keys").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("failed authentications"));
        given().header("Authorization", "Bearer test-admin-key").get("/api/v1/api-keys").then().statusCode(429);
        given().get("/api/v1/practices").then().statusCode(200);
    }
}
