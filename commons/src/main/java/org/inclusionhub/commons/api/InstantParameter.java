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

    /**
     * @return the instant, or null when the parameter is absent
     * @throws ApiProblem 400 naming the parameter when the text is not such an instant
     */
    public static Instant read(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(List.of(new Violation(name, "'" + text
                    + "' is not an ISO 8601 instant such as 2026-12-06T08:00:00Z")));
        }
    }
}
