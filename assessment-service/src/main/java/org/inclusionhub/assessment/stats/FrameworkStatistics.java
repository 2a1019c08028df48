package org.inclusionhub.assessment.stats;

import java.util.List;

/** The statistics of one framework version over one segment (all, a country or a theme). */
public record FrameworkStatistics(String framework, int version, String segment, long assessments,
        Mean overall, List<AreaMean> areas, List<Band> distribution, List<ItemRate> items) {

    public record Mean(long n, Double mean) {
    }

    public record AreaMean(String code, String title, long n, Double mean) {
    }

    /** Assessments whose overall score is at least {@code from} and below {@code to} (the last band includes 100). */
    public record Band(int from, int to, long count) {
    }

    /**
     * How one rated element fares across assessments: for a checklist item, how often it is met;
     * for a benchmark key factor, its mean maturity. Listed from the most often unmet.
     */
    public record ItemRate(String code, String text, long rated, Double metRate, Double meanMaturity) {
    }
}
