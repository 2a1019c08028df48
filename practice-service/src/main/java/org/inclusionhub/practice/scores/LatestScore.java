package org.inclusionhub.practice.scores;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A practice's latest submitted scores under one framework. */
public record LatestScore(String framework, int frameworkVersion, UUID assessmentId, Double overall, Double coverage,
        Map<String, Double> areas, Instant submittedAt) {
}
