package org.inclusionhub.assessment.assessments;

import java.util.List;

/**
 * The scores of one assessment: per question, per area and overall. For a checklist, {@code met}
 * of {@code rated} items; for a benchmark, the mean maturity of the rated key factors. {@code score}
 * is 0–100 (null when nothing is rated); {@code coverage} is rated over {@code total}, 0–1.
 */
public record Scores(String kind, Line overall, List<AreaScore> areas) {

    public record Line(int rated, int total, Integer met, Double meanMaturity, Double score, double coverage) {
    }

    public record AreaScore(String code, Line line, List<QuestionScore> questions) {
    }

    public record QuestionScore(String code, boolean applicable, Line line) {
    }

    public AreaScore area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }
}
