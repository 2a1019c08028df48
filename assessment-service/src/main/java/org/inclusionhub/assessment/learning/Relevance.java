package org.inclusionhub.assessment.learning;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a recommended subject has in common with the assessed one (themes and target groups by catalogue code). */
public record Relevance(
        @Schema(required = true, examples = "[\"employment\"]") List<String> sharedThemes,
        @Schema(required = true, examples = "[\"refugees\"]") List<String> sharedTargetGroups,
        @Schema(required = true, examples = "true") boolean sameCountry,
        @Schema(required = true, description = "Both practices name the same region", examples = "false")
        boolean sameRegion,
        @Schema(required = true, description = "Both practices have the same scope (local, regional, national, ...)",
                examples = "true") boolean sameScope) {

    /** What {@code candidate} shares with {@code subject}; unknown (null) values never match. */
    public static Relevance between(SubjectContext subject, SubjectContext candidate) {
        return new Relevance(shared(subject.themes(), candidate.themes()),
                shared(subject.targetGroups(), candidate.targetGroups()),
                same(subject.country(), candidate.country()), same(subject.region(), candidate.region()),
                same(subject.scope(), candidate.scope()));
    }

    /** One point per shared theme and target group, and one each for the same country, region and scope. */
    public int points() {
        return sharedThemes.size() + sharedTargetGroups.size() + (sameCountry ? 1 : 0) + (sameRegion ? 1 : 0)
                + (sameScope ? 1 : 0);
    }

    private static List<String> shared(List<String> a, List<String> b) {
        return a.stream().filter(b::contains).distinct().sorted().toList();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
