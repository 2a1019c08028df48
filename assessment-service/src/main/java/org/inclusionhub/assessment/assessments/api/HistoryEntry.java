package org.inclusionhub.assessment.assessments.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.assessment.assessments.Assessment;

/** One assessment in a subject's history: when, in what state, with which overall and area scores. */
public record HistoryEntry(UUID id, String framework, int frameworkVersion, String status, Instant submittedAt,
        Instant withdrawnAt, Double overall, Double coverage, Map<String, Double> areas) {

    static HistoryEntry of(Assessment a) {
        Map<String, Double> areas = new java.util.LinkedHashMap<>();
        a.scores.areas().forEach(area -> areas.put(area.code(), area.line().score()));
        return new HistoryEntry(a.id, a.frameworkCode, a.frameworkVersion, a.status, a.submittedAt, a.withdrawnAt,
                a.scores.overall().score(), a.scores.overall().coverage(), areas);
    }
}
