package org.inclusionhub.assessment.assessments.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.assessment.assessments.Assessment;

/** One assessment in a subject's history: when, in what state, with which overall and area scores. */
public record HistoryEntry(
        @Schema(required = true, description = "The assessment's id", examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41")
        UUID id,
        @Schema(required = true, description = "The framework's code", examples = "inclucities-benchmarks")
        String framework,
        @Schema(required = true, description = "The framework version", examples = "1") int frameworkVersion,
        @Schema(required = true, enumeration = {"submitted", "withdrawn"}, examples = "submitted") String status,
        @Schema(required = true, description = "When it was submitted") Instant submittedAt,
        @Schema(description = "When it was withdrawn; null unless withdrawn") Instant withdrawnAt,
        @Schema(required = true, nullable = true, description = "Overall score, 0 to 100; null when nothing is rated",
                minimum = "0", maximum = "100", examples = "66.67") Double overall,
        @Schema(required = true, description = "Share of the ratable elements that are rated, 0 to 1",
                minimum = "0", maximum = "1", examples = "0.75") Double coverage,
        @Schema(required = true, description = "Score per area code, 0 to 100; null for an area with nothing rated")
        Map<String, Double> areas) {

    static HistoryEntry of(Assessment a) {
        Map<String, Double> areas = new java.util.LinkedHashMap<>();
        a.scores.areas().forEach(area -> areas.put(area.code(), area.line().score()));
        return new HistoryEntry(a.id, a.frameworkCode, a.frameworkVersion, a.status, a.submittedAt, a.withdrawnAt,
                a.scores.overall().score(), a.scores.overall().coverage(), areas);
    }
}
