package org.inclusionhub.assessment.learning.api;

import java.util.ArrayList;
import java.util.List;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.assessment.stats.SegmentFilters;

/** The bounds of the learning endpoints' query parameters; a value outside them answers 400 naming it. */
final class LearningParameters {

    private LearningParameters() {
    }

    static void requireSize(int size, int max) {
        if (size < 1 || size > max) {
            throw ApiProblem.invalid(List.of(new Violation("size", "must be between 1 and " + max)));
        }
    }

    /** See {@link SegmentFilters#check}. */
    static void requireFilters(String country, String theme) {
        List<Violation> v = new ArrayList<>();
        SegmentFilters.check(country, theme, v);
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
    }
}
