package org.inclusionhub.commons.statistics;

/**
 * One figure of a statistics projection within its subject (a survey or framework version): a {@code segment}
 * (who is counted: {@value #ALL}, {@code country:BE}, {@code theme:T}) and a {@code metric} (what is counted,
 * named by the service's own metric class). Its text form {@code segment|metric} is made and read here only.
 * Both parts are stored in their own columns; the text form is for logs and stored contributions.
 */
public record StatisticKey(String segment, String metric) {

    /** The segment of everyone counted. */
    public static final String ALL = "all";

    private static final char SEPARATOR = '|';

    /** {@code metric} over everyone counted. */
    public static StatisticKey all(String metric) {
        return new StatisticKey(ALL, metric);
    }

    /** {@code segment|metric} */
    public String text() {
        return segment + SEPARATOR + metric;
    }

    /**
     * The key of a {@link #text()} form.
     *
     * @throws IllegalArgumentException when the text has no separator
     */
    public static StatisticKey parse(String text) {
        int bar = text.indexOf(SEPARATOR);
        if (bar < 0) {
            throw new IllegalArgumentException("not a statistic key: " + text);
        }
        return new StatisticKey(text.substring(0, bar), text.substring(bar + 1));
    }

    @Override
    public String toString() {
        return text();
    }
}
