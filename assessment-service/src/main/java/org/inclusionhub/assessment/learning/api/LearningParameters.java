package org.inclusionhub.assessment.learning.api;

import java.util.ArrayList;
import java.util.List;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;

/** The bounds of the learning endpoints' query parameters; a value outside them answers 400 naming it. */
final class LearningParameters {

    private LearningParameters() {
    }

    static void requireSize(int size, int max) {
        if (size < 1 || size > max) {
            throw ApiProblem.invalid(List.of(new Violation("size", "must be between 1 and " + max)));
        }
    }

    /** country: two letters (ISO 3166-1 alpha-2, any case); theme: a catalogue theme code of 1 to 100 characters. */
    static void requireFilters(String country, String theme) {
        List<Violation> v = new ArrayList<>();
        if (country != null && !country.matches("^[A-Za-z]{2}$")) {
            v.add(new Violation("country", "must be an ISO 3166-1 alpha-2 code, such as BE"));
        }
        if (theme != null && (theme.isBlank() || theme.length() > 100)) {
            v.add(new Violation("theme", "must be 1 to 100 characters"));
        }
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
    }
}
