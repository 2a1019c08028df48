package org.inclusionhub.assessment.stats;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The statistics of one framework version over one segment (all, a country or a theme), and over the assessments
 * submitted from {@code from} to {@code to} when a range is given.
 */
public record FrameworkStatistics(
        @Schema(required = true, description = "The framework's code", examples = "spring-gpc") String framework,
        @Schema(required = true, description = "The framework version", examples = "1") int version,
        @Schema(required = true, description = "Which assessments: all, country:XX (ISO 3166-1 alpha-2) or theme:T",
                examples = "country:BE") String segment,
        @Schema(required = true, nullable = true, description = "The first day (UTC) of submission counted, as asked; "
                + "null when no lower bound was asked", examples = "2026-01-01") LocalDate from,
        @Schema(required = true, nullable = true, description = "The last day (UTC) of submission counted, included, "
                + "as asked; null when no upper bound was asked", examples = "2026-12-31") LocalDate to,
        @Schema(required = true, description = "Submitted assessments counted (withdrawn ones no longer count)",
                examples = "24") long assessments,
        @Schema(required = true, description = "The overall score over the assessments that have one") Mean overall,
        @Schema(required = true, description = "Per area of the framework, in its order") List<AreaMean> areas,
        @Schema(required = true, description = "Overall scores in ten bands: 0-10, 10-20, ... 90-100")
        List<Band> distribution,
        @Schema(required = true, description = "Per rated element (checklist item or benchmark key factor): the rated "
                + "ones first, lowest met rate (benchmark: lowest mean maturity) first, then by code")
        List<ItemRate> items,
        @Schema(required = true, description = "The assessments counted per calendar month (UTC) of their submission, "
                + "ascending, from the first to the last month that has any, the months in between with 0 included; "
                + "empty when none is counted") List<MonthCount> timeline) {

    /** The assessments counted that were submitted in one calendar month (UTC). */
    @Schema(description = "The assessments counted that were submitted in one calendar month (UTC)")
    public record MonthCount(
            @Schema(required = true, description = "The month, as its first day", examples = "2026-11-01")
            LocalDate period,
            @Schema(required = true, description = "Assessments submitted in that month and counted (withdrawn ones "
                    + "no longer count)", examples = "3") long count) {
    }

    /** A mean score, 0 to 100, over the {@code n} assessments that have one. */
    public record Mean(
            @Schema(required = true, description = "Assessments that have this score (something rated)",
                    examples = "22") long n,
            @Schema(required = true, nullable = true, description = "The mean score, 0 to 100, four decimals; null when "
                    + "n is 0", minimum = "0", maximum = "100", examples = "58.125") Double mean) {
    }

    /** The mean score of one area, 0 to 100, over the {@code n} assessments that have one. */
    public record AreaMean(
            @Schema(required = true, description = "The area's code", examples = "IP") String code,
            @Schema(required = true, description = "The area's title", examples = "Inclusivity & Participation")
            String title,
            @Schema(required = true, description = "Assessments with a score in this area", examples = "21") long n,
            @Schema(required = true, nullable = true, description = "The mean area score, 0 to 100, four decimals; null "
                    + "when n is 0", minimum = "0", maximum = "100", examples = "61.5") Double mean) {
    }

    /** Assessments whose overall score is at least {@code from} and below {@code to} (the last band includes 100). */
    @Schema(description = "Assessments whose overall score is at least from and below to (the last band, 90-100, "
            + "includes 100)")
    public record Band(
            @Schema(required = true, description = "Lower bound, included: 0, 10, ... 90", examples = "60") int from,
            @Schema(required = true, description = "Upper bound, excluded (100 included in the last band)",
                    examples = "70") int to,
            @Schema(required = true, description = "Assessments in the band", examples = "5") long count) {
    }

    /**
     * How one rated element fares across assessments: for a checklist item, how often it is met;
     * for a benchmark key factor, its mean maturity. Listed from the most often unmet.
     */
    @Schema(description = "How one rated element fares across the assessments: for a checklist item, how often it "
            + "is met; for a benchmark key factor, its mean maturity")
    public record ItemRate(
            @Schema(required = true, description = "The element's code", examples = "IP.1.2") String code,
            @Schema(required = true, description = "The element's text in the framework", examples = "Make sure to "
                    + "provide precise and accessible information on how to access services in different languages, "
                    + "formats and through different communication channels.") String text,
            @Schema(required = true, description = "Assessments that rate it (not-applicable does not count)",
                    examples = "18") long rated,
            @Schema(description = "Checklist only: share of those ratings that are met, 0 to 1; null for a benchmark "
                    + "or when nothing is rated", minimum = "0", maximum = "1", examples = "0.6111") Double metRate,
            @Schema(description = "Benchmark only: mean maturity, 0 to 3; null for a checklist or when nothing is rated",
                    minimum = "0", maximum = "3", examples = "1.75") Double meanMaturity) {
    }
}
