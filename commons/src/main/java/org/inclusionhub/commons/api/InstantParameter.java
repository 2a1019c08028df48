package org.inclusionhub.commons.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;

/**
 * A query parameter that names an instant, such as {@code updatedSince=2026-12-06T08:00:00Z} (ISO 8601
 * with a zone offset, as the API writes its timestamps). Read here rather than by a parameter converter,
 * because the framework's own converter for {@link Instant} answers without naming the parameter.
 */
public final class InstantParameter {

    private InstantParameter() {
    }

    /** Years 0001 to 9999, as {@link DayRange} takes them; PostgreSQL's timestamptz ends at 4713 BC. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /**
     * @return the instant, or null when the parameter is absent
     * @throws ApiProblem 400 naming the parameter when the text is not such an instant, or lies outside the years
     *         0001 to 9999
     */
    public static Instant read(String name, String text) {
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(List.of(new Violation(name, "'" + text
                    + "' is not an ISO 8601 instant such as 2026-12-06T08:00:00Z")));
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ApiProblem.invalid(List.of(new Violation(name, "'" + text
                    + "' must lie in the years 0001 to 9999")));
        }
        return instant;
    }
}
