package org.inclusionhub.assessment.assessments;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The scores of one assessment: per question, per area and overall. For a checklist, {@code met}
 * of {@code rated} items; for a benchmark, the mean maturity of the rated key factors. {@code score}
 * is 0–100 (null when nothing is rated); {@code coverage} is rated over {@code total}, 0–1.
 */
public record Scores(
        @Schema(required = true, enumeration = {"checklist", "benchmark"}, description = "The framework's kind, which "
                + "decides the rule: checklist, items met over items rated; benchmark, mean maturity (0 to 3) of the "
                + "rated key factors over 3", examples = "checklist") String kind,
        @Schema(required = true, description = "All rated elements of the assessment pooled") Line overall,
        @Schema(required = true, description = "One per area of the framework, in its order") List<AreaScore> areas) {

    /** The score of one scope (a question, an area or the whole assessment). */
    @Schema(description = "The score of one scope: a question, an area or the whole assessment. "
            + "Elements rated not-applicable, and those of a question marked not applicable, count as not rated.")
    public record Line(
            @Schema(required = true, description = "Elements of the scope that carry a rating other than "
                    + "not-applicable", examples = "9") int rated,
            @Schema(required = true, description = "Ratable elements in the scope: checklist items, or benchmark key "
                    + "factors", examples = "12") int total,
            @Schema(description = "Checklist only (null for a benchmark): rated items that are met", examples = "6")
            Integer met,
            @Schema(description = "Benchmark only (null for a checklist): mean maturity of the rated key factors, 0 to "
                    + "3; null when nothing is rated", minimum = "0", maximum = "3", examples = "1.75")
            Double meanMaturity,
            @Schema(required = true, nullable = true, description = "The score, 0 to 100, two decimals; null when "
                    + "nothing is rated", minimum = "0", maximum = "100", examples = "66.67") Double score,
            @Schema(required = true, description = "rated over total, 0 to 1 (four decimals): how complete the "
                    + "assessment is", minimum = "0", maximum = "1", examples = "0.75") double coverage) {
    }

    public record AreaScore(
            @Schema(required = true, description = "The area's code", examples = "IP") String code,
            @Schema(required = true) Line line,
            @Schema(required = true, description = "One per question (benchmark: key factor) of the area")
            List<QuestionScore> questions) {
    }

    public record QuestionScore(
            @Schema(required = true, description = "The question's (benchmark: key factor's) code", examples = "IP.1")
            String code,
            @Schema(required = true, description = "false when the question is marked not applicable or, for a "
                    + "checklist, none of its items carries a rating and no answer says applicable: true",
                    examples = "true") boolean applicable,
            @Schema(required = true) Line line) {
    }

    public AreaScore area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }
}
