package org.inclusionhub.commons.testing.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.inclusionhub.commons.testing.RawHttp;
import org.inclusionhub.commons.testing.RowCounts;

/**
 * Sends every generated case with an admin key and checks each answer: a 4xx
 * {@code application/problem+json} that names the parameter or field where there is one, and no row
 * changed in the tables requests write. Prints the counts.
 */
public final class BadInputRun {

    /** The outcome; every list holds the cases that broke that rule. */
    public record Result(int cases, int clientErrors, List<String> serverErrors, List<String> accepted, List<String> notProblemJson,
            List<String> unnamed, List<String> changedRows) {

        public String summary() {
            return "bad-input cases " + cases + ": 4xx " + clientErrors + ", 5xx " + serverErrors.size() + ", accepted "
                    + accepted.size() + ", not problem+json " + notProblemJson.size() + ", field not named " + unnamed.size()
                    + ", rows changed " + changedRows.size();
        }
    }

    private BadInputRun() {
    }

    /**
     * The whole check of a service under test: generates the cases from its {@code /q/openapi}, sends them,
     * prints the counts and asserts that none answered 5xx or 2xx, changed a row, answered without
     * problem+json or without naming its field, and that there were at least 500 of them.
     */
    public static void assertEveryCaseRefused(String service, String adminKey, DataSource dataSource, Set<String> projectionTables) {
        List<BadInputCase> cases = OpenApiBadInputs.from(RestAssured.given().get("/q/openapi?format=json").asString());
        Result result = run(cases, adminKey, dataSource, projectionTables);
        System.out.println(service + " " + result.summary());
        assertThat(result.serverErrors()).isEmpty();
        assertThat(result.accepted()).isEmpty();
        assertThat(result.changedRows()).isEmpty();
        assertThat(result.notProblemJson()).isEmpty();
        assertThat(result.unnamed()).isEmpty();
        assertThat(result.cases()).isGreaterThanOrEqualTo(500);
    }

    /** @param projectionTables tables that consumers write in the background (left out of the row counts) */
    public static Result run(List<BadInputCase> cases, String adminKey, DataSource dataSource, Set<String> projectionTables) {
        List<String> serverErrors = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> notProblem = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int clientErrors = 0;
        Map<String, Long> before = counts(dataSource, projectionTables);
        for (BadInputCase c : cases) {
            RawHttp.Answer answer = RawHttp.send(c.method(), c.target(), adminKey, c.contentType(), c.body());
            String seen = c + " -> " + answer.status() + " " + abbreviate(answer.body());
            if (answer.status() >= 500) {
                serverErrors.add(seen);
            } else if (answer.status() < 400) {
                accepted.add(seen);
            } else {
                clientErrors++;
                if (!answer.isProblem()) {
                    notProblem.add(seen);
                } else if (c.named() != null && answer.status() != 404 && !names(answer.body(), c.named())) {
                    unnamed.add(seen);
                }
            }
            Map<String, Long> after = counts(dataSource, projectionTables);
            if (!after.equals(before)) {
                changed.add(seen + " changed " + difference(before, after));
                before = after;
            }
        }
        return new Result(cases.size(), clientErrors, serverErrors, accepted, notProblem, unnamed, changed);
    }

    /** A case's expected field when naming any field will do. */
    static final String ANY_FIELD = "*";

    /** The answer names the field: "body" (a word any detail may hold) and {@link #ANY_FIELD} only as a violation's field. */
    private static boolean names(String answer, String field) {
        String compact = answer.replace(" ", "");
        return switch (field) {
            case "body" -> compact.contains("\"field\":\"body\"");
            case ANY_FIELD -> compact.contains("\"violations\":[{\"field\":\"");
            default -> answer.contains(field);
        };
    }

    private static Map<String, Long> counts(DataSource dataSource, Set<String> projectionTables) {
        Map<String, Long> counts = new TreeMap<>(RowCounts.of(dataSource));
        counts.keySet().removeIf(t -> projectionTables.contains(t) || t.equals("processed_event") || t.startsWith("statistics_change")
                || t.equals("flyway_schema_history"));
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> d = new TreeMap<>();
        after.forEach((t, n) -> {
            if (!n.equals(before.get(t))) {
                d.put(t, before.get(t) + "->" + n);
            }
        });
        return d.toString();
    }

    private static String abbreviate(String body) {
        String one = body == null ? "" : body.replace('\n', ' ');
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
