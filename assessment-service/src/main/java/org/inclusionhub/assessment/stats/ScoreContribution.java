package org.inclusionhub.assessment.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.assessment.assessments.AssessmentContent;
import org.inclusionhub.assessment.assessments.Scores;
import org.inclusionhub.assessment.frameworks.RatingScale;
import org.inclusionhub.commons.statistics.Amount;

/**
 * What one submitted assessment adds to the statistics of its framework: an {@link Amount} per
 * {@link ScoreMetric}. A withdrawal subtracts exactly the same amounts.
 */
public final class ScoreContribution {

    private ScoreContribution() {
    }

    public static Map<String, Amount> of(Scores scores, List<AssessmentContent.Rating> ratings) {
        Map<String, Amount> metrics = new LinkedHashMap<>();
        metrics.put(ScoreMetric.COUNT, Amount.ONE);
        Double overall = scores.overall().score();
        if (overall != null) {
            metrics.put(ScoreMetric.OVERALL, Amount.one(overall));
            metrics.put(ScoreMetric.band(band(overall)), Amount.ONE);
        }
        for (Scores.AreaScore area : scores.areas()) {
            if (area.line().score() != null) {
                metrics.put(ScoreMetric.area(area.code()), Amount.one(area.line().score()));
            }
        }
        for (AssessmentContent.Rating r : ratings) {
            String value = r.rating();
            if (value == null || RatingScale.NOT_APPLICABLE.equals(value)) {
                continue;
            }
            double points = switch (value) {
                case RatingScale.MET -> 1;
                case RatingScale.NOT_MET -> 0;
                default -> Integer.parseInt(value);
            };
            metrics.put(ScoreMetric.item(r.item()), Amount.one(points));
        }
        return metrics;
    }

    static int band(double score) {
        return Math.min(90, (int) (Math.floor(score / 10) * 10));
    }
}
