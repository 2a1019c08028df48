package org.inclusionhub.assessment.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionhub.assessment.domain.AssessmentContent;
import org.inclusionhub.assessment.domain.RatingScale;
import org.inclusionhub.assessment.domain.Scores;

/**
 * What one submitted assessment adds to the statistics of its framework: for each metric a count
 * {@code n} and a {@code total}. A withdrawal subtracts exactly the same numbers.
 * <ul>
 * <li>{@code count}: 1 per assessment</li>
 * <li>{@code overall}, {@code area:X}: 1 and the score, when the score exists</li>
 * <li>{@code band:B}: 1 in the overall score's band of ten (0, 10, ... 90; 100 falls in 90)</li>
 * <li>{@code item:C}: 1 per rated item and 1 if met (checklist), or the maturity (benchmark key factor)</li>
 * </ul>
 */
public final class ScoreContribution {

    private ScoreContribution() {
    }

    public record Amount(long n, double total) {
    }

    public static Map<String, Amount> of(Scores scores, List<AssessmentContent.Rating> ratings) {
        Map<String, Amount> metrics = new LinkedHashMap<>();
        metrics.put("count", new Amount(1, 0));
        Double overall = scores.overall().score();
        if (overall != null) {
            metrics.put("overall", new Amount(1, overall));
            metrics.put("band:" + band(overall), new Amount(1, 0));
        }
        for (Scores.AreaScore area : scores.areas()) {
            if (area.line().score() != null) {
                metrics.put("area:" + area.code(), new Amount(1, area.line().score()));
            }
        }
        List<String> notApplicable = new ArrayList<>();
        scores.areas().forEach(a -> a.questions().stream().filter(q -> !q.applicable()).forEach(q -> notApplicable.add(q.code())));
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
            metrics.put("item:" + r.item(), new Amount(1, points));
        }
        return metrics;
    }

    static int band(double score) {
        return Math.min(90, (int) (Math.floor(score / 10) * 10));
    }
}
