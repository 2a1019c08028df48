package org.inclusionhub.assessment.learning;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.assessment.assessments.AssessmentContent;
import org.inclusionhub.assessment.assessments.Scores;
import org.inclusionhub.assessment.frameworks.RatingScale;

/**
 * One assessment as the recommendations compare it.
 *
 * @param framework   the framework version, {@code code@version}
 * @param overall     the overall score, 0 to 100 (null when nothing is rated)
 * @param areaScores  area code to score, 0 to 100 (areas with nothing rated are absent)
 * @param levels      rated element to its level: a checklist item 1 (met) or 0 (not met), a benchmark key factor its
 *                    maturity 0 to 3; elements rated not-applicable or not at all are absent
 */
public record LearningProfile(UUID assessmentId, String framework, LearningSubject subject, Instant submittedAt,
        Double overall, Map<String, Double> areaScores, Map<String, Integer> levels) {

    /** The profile of an assessment, from its scores and ratings. */
    public static LearningProfile of(UUID assessmentId, String framework, LearningSubject subject, Instant submittedAt,
            Scores scores, List<AssessmentContent.Rating> ratings) {
        Map<String, Double> areas = new LinkedHashMap<>();
        scores.areas().forEach(a -> {
            if (a.line().score() != null) {
                areas.put(a.code(), a.line().score());
            }
        });
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (AssessmentContent.Rating r : ratings == null ? List.<AssessmentContent.Rating>of() : ratings) {
            switch (r.rating() == null ? RatingScale.NOT_APPLICABLE : r.rating()) {
                case RatingScale.NOT_APPLICABLE -> {
                }
                case RatingScale.MET -> levels.put(r.item(), 1);
                case RatingScale.NOT_MET -> levels.put(r.item(), 0);
                default -> levels.put(r.item(), Integer.parseInt(r.rating()));
            }
        }
        return new LearningProfile(assessmentId, framework, subject, submittedAt, scores.overall().score(), areas, levels);
    }

    /** The level of one rated element, or null when it was not rated. */
    public Integer level(String element) {
        return levels.get(element);
    }
}
