package org.inclusionhub.assessment.assessments;

import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Two assessments of one framework version side by side: what changed and how the scores moved. */
public record Comparison(
        @Schema(required = true, description = "The assessment compared from",
                examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID from,
        @Schema(required = true, description = "The assessment compared to",
                examples = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID to,
        @Schema(required = true, description = "The framework code both use", examples = "spring-gpc") String framework,
        @Schema(required = true, description = "The framework version both use", examples = "1") int frameworkVersion,
        @Schema(required = true, description = "The rated elements whose rating differs, in the order the from "
                + "assessment rates them, then those only the to assessment rates") List<ChangedItem> changedItems,
        @Schema(required = true, description = "How the overall score moved") ScoreDelta overall,
        @Schema(required = true, description = "How each area's score moved, in the framework's order")
        List<AreaDelta> areas) {

    /** A rated element whose rating differs; a missing rating is null. */
    public record ChangedItem(
            @Schema(required = true, description = "Code of the rated element: a checklist item or a benchmark key "
                    + "factor", examples = "IP.1.2") String item,
            @Schema(required = true, nullable = true, description = "Its rating in the from assessment; null when "
                    + "unrated", examples = "not-met") String from,
            @Schema(required = true, nullable = true, description = "Its rating in the to assessment; null when "
                    + "unrated", examples = "met") String to) {
    }

    /** A score in both assessments, 0 to 100 (null when nothing is rated), and how it moved. */
    public record ScoreDelta(
            @Schema(required = true, nullable = true, description = "The score in the from assessment, 0 to 100; null "
                    + "when nothing is rated", examples = "50.0") Double from,
            @Schema(required = true, nullable = true, description = "The score in the to assessment, 0 to 100; null "
                    + "when nothing is rated", examples = "66.67") Double to,
            @Schema(required = true, nullable = true, description = "to minus from, in points, two decimals; null when "
                    + "either score is null", examples = "16.67") Double delta) {
        static ScoreDelta of(Double from, Double to) {
            return new ScoreDelta(from, to, from == null || to == null ? null : Math.round((to - from) * 100) / 100.0);
        }
    }

    /** How one area's score moved: as {@link ScoreDelta}, for the area with this code. */
    public record AreaDelta(
            @Schema(required = true, description = "The area's code", examples = "IP") String code,
            @Schema(required = true, nullable = true, description = "The area's score in the from assessment, 0 to "
                    + "100; null when nothing in it is rated", examples = "50.0") Double from,
            @Schema(required = true, nullable = true, description = "The area's score in the to assessment, 0 to 100; "
                    + "null when nothing in it is rated", examples = "75.0") Double to,
            @Schema(required = true, nullable = true, description = "to minus from, in points, two decimals; null when "
                    + "either score is null", examples = "25.0") Double delta) {
    }

    /** @throws UnprocessableException naming {@code to} when the two assessments use different framework versions */
    public static Comparison of(Assessment a, Assessment b) {
        if (!a.frameworkCode.equals(b.frameworkCode) || a.frameworkVersion != b.frameworkVersion) {
            String message = "uses " + b.frameworkCode + "@" + b.frameworkVersion + " and from uses " + a.frameworkCode + "@"
                    + a.frameworkVersion + ": only assessments of the same framework version can be compared";
            throw new UnprocessableException("to " + message, List.of(new Violation("to", message)));
        }
        Map<String, String> ra = ratings(a);
        Map<String, String> rb = ratings(b);
        Set<String> codes = new LinkedHashSet<>(ra.keySet());
        codes.addAll(rb.keySet());
        List<ChangedItem> changed = new ArrayList<>();
        for (String code : codes) {
            if (!Objects.equals(ra.get(code), rb.get(code))) {
                changed.add(new ChangedItem(code, ra.get(code), rb.get(code)));
            }
        }
        List<AreaDelta> areas = new ArrayList<>();
        for (Scores.AreaScore area : a.scores.areas()) {
            ScoreDelta d = ScoreDelta.of(area.line().score(), b.scores.area(area.code()).line().score());
            areas.add(new AreaDelta(area.code(), d.from(), d.to(), d.delta()));
        }
        return new Comparison(a.id, b.id, a.frameworkCode, a.frameworkVersion, changed,
                ScoreDelta.of(a.scores.overall().score(), b.scores.overall().score()), areas);
    }

    /** Effective ratings: those of a question marked not applicable do not count. */
    private static Map<String, String> ratings(Assessment a) {
        Map<String, String> map = new LinkedHashMap<>();
        a.ratings.forEach(r -> map.put(r.item(), r.rating()));
        return map;
    }
}
