package org.inclusionhub.practice.scores;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice's latest submitted scores under one framework. */
public record LatestScore(
        @Schema(required = true, description = "The assessment framework's code", examples = "spring-gpc") String framework,
        @Schema(required = true, description = "The version of the framework the assessment used", examples = "1")
        int frameworkVersion,
        @Schema(required = true, description = "The assessment these scores come from",
                examples = "9b2d6c1e-4f7a-4e0b-8c3d-5a1f2e7b6d90") UUID assessmentId,
        @Schema(description = "The overall score, 0 to 100; null when nothing could be rated", examples = "81.5")
        Double overall,
        @Schema(description = "The share of ratable elements that were rated, 0 to 1", examples = "0.92") Double coverage,
        @Schema(required = true, description = "The score per area code, 0 to 100 (null when nothing in the area could "
                + "be rated)", examples = "{\"IP\": 100, \"RC\": 74.1, \"PC\": 75}") Map<String, Double> areas,
        @Schema(required = true, description = "When the assessment was submitted", examples = "2024-03-02T14:05:00Z")
        Instant submittedAt) {
}
