package org.inclusionhub.commons.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Authenticated JSON requests to the service under test; the admin key is the test profile's bootstrap key. */
public final class ApiClient {

    public static final String ADMIN_KEY = "test-admin-key";

    private ApiClient() {
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN_KEY);
    }

    public static RequestSpecification as(String key) {
        return RestAssured.given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /** Issues a key of the given role through the API, as the bootstrap admin. */
    public static String issueKey(String role, String owner) {
        return asAdmin().body(Map.of("role", role, "owner", owner))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
    }
}
