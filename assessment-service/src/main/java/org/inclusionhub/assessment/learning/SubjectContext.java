package org.inclusionhub.assessment.learning;

import java.util.List;
import java.util.UUID;

/**
 * What the catalogue says about a subject, for weighing relevance: a practice's title, country, region,
 * scope, themes and target groups (from the practice replica); a place has only its name and country.
 */
public record SubjectContext(UUID practiceId, String name, String country, String region, String scope,
        List<String> themes, List<String> targetGroups) {

    public SubjectContext {
        themes = themes == null ? List.of() : themes;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
    }

    /** A practice the replica has not heard of (yet): nothing known but its id. */
    public static SubjectContext unknownPractice(UUID practiceId) {
        return new SubjectContext(practiceId, null, null, null, null, List.of(), List.of());
    }

    /** A place: a name and a country, nothing else to compare. */
    public static SubjectContext place(String name, String country) {
        return new SubjectContext(null, name, country, null, null, List.of(), List.of());
    }
}
