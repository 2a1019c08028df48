package org.inclusionhub.assessment.stats;

import java.util.Locale;

/**
 * The metrics and segments of the score statistics and their text forms, made here only (the two parts of a
 * {@link org.inclusionhub.commons.statistics.StatisticKey}).
 * <ul>
 * <li>{@code count}: 1 per assessment</li>
 * <li>{@code overall}, {@code area:X}: 1 and the score, when the score exists</li>
 * <li>{@code band:B}: 1 in the overall score's band of ten (0, 10, ... 90; 100 falls in 90)</li>
 * <li>{@code item:C}: 1 per rated item and 1 if met (checklist), or the maturity (benchmark key factor)</li>
 * </ul>
 * Segments: {@code all}, {@code country:BE} (the subject's country) and {@code theme:T} (a practice's theme).
 */
public final class ScoreMetric {

    public static final String COUNT = "count";
    public static final String OVERALL = "overall";

    private ScoreMetric() {
    }

    public static String area(String area) {
        return "area:" + area;
    }

    /** The band of ten that starts at {@code from} (0, 10, ... 90). */
    public static String band(int from) {
        return "band:" + from;
    }

    public static String item(String item) {
        return "item:" + item;
    }

    /** The segment of the subjects in one country (ISO 3166-1 alpha-2, any case). */
    public static String countrySegment(String country) {
        return "country:" + country.strip().toUpperCase(Locale.ROOT);
    }

    /** The segment of the practices with one theme. */
    public static String themeSegment(String theme) {
        return "theme:" + theme;
    }
}
