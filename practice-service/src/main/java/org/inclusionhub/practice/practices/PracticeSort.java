package org.inclusionhub.practice.practices;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a list can be sorted in; {@code -} before a name means descending. Ties break by id. */
public enum PracticeSort {
    /** By rank (see {@code Practices}); without q the same as TITLE. */
    RELEVANCE("relevance", "{rank}", "double precision", true),
    TITLE("title", "lower(p.title)", "text", false),
    TITLE_DESC("-title", "lower(p.title)", "text", true),
    START_YEAR("startYear", "coalesce(p.start_year, 2147483647)", "integer", false),
    START_YEAR_DESC("-startYear", "coalesce(p.start_year, -2147483648)", "integer", true),
    UPDATED("updatedAt", "p.updated_at", "timestamptz", false),
    UPDATED_DESC("-updatedAt", "p.updated_at", "timestamptz", true),
    PUBLISHED("publishedAt", "coalesce(p.published_at, 'infinity')", "timestamptz", false),
    PUBLISHED_DESC("-publishedAt", "coalesce(p.published_at, '-infinity')", "timestamptz", true),
    COUNTRY("country", "coalesce(cast(p.country as text), '~')", "text", false),
    /** By the latest overall score under {@code scoreFramework}; practices without one come last. */
    SCORE("score", "coalesce({latest_score}, 'Infinity')", "double precision", false),
    SCORE_DESC("-score", "coalesce({latest_score}, '-Infinity')", "double precision", true);

    private final String param;
    /**
     * The sort key as a SQL expression that is never null (a missing value sorts last); {@code {rank}} and
     * {@code {latest_score}} stand for the expressions {@code Practices} substitutes. With the id it gives a
     * total order, which keyset (cursor) paging continues from.
     */
    final String key;
    /** The SQL type a key read back from a cursor is cast to. */
    final String type;
    final boolean descending;

    PracticeSort(String param, String key, String type, boolean descending) {
        this.param = param;
        this.key = key;
        this.type = type;
        this.descending = descending;
    }

    private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile(
            "-?infinity|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?[+-]\\d{2}(:\\d{2})?");

    /** Whether {@code key} is a value PostgreSQL writes for this sort's key (so a forged cursor is refused, not run). */
    boolean acceptsKey(String key) {
        try {
            return switch (type) {
                case "integer" -> {
                    Integer.parseInt(key);
                    yield true;
                }
                case "double precision" -> isFloat8(key);
                case "timestamptz" -> TIMESTAMP.matcher(key).matches() && isRealTime(key);
                default -> key.indexOf('\0') < 0; // PostgreSQL text holds no NUL (it answered 500)
            };
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "-?(\\d+\\.?\\d*|\\.\\d+)([eE]([+-]?\\d{1,5}))?");

    /**
     * Whether PostgreSQL reads {@code key} as a double precision: ±Infinity as written (a missing score sorts
     * there), else a decimal number that neither overflows nor underflows to zero (PostgreSQL refuses
     * {@code 1e309} and {@code 1e-400} as out of range, where Java would read Infinity and 0).
     */
    private static boolean isFloat8(String key) {
        if (key.equals("Infinity") || key.equals("-Infinity")) {
            return true;
        }
        java.util.regex.Matcher number = NUMBER.matcher(key);
        if (!number.matches()) {
            return false;
        }
        double value = Double.parseDouble(key);
        boolean zeroWritten = !number.group(1).matches(".*[1-9].*");
        return !Double.isInfinite(value) && (value != 0 || zeroWritten);
    }

    /** PostgreSQL's text of a timestamptz names a real moment (not month 13, not hour 99). */
    private static boolean isRealTime(String key) {
        if (key.endsWith("infinity")) {
            return true;
        }
        String iso = key.replace(' ', 'T');
        if (iso.matches(".*[+-]\\d{2}$")) {
            iso += ":00";
        }
        try {
            java.time.OffsetDateTime.parse(iso);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The order a list really takes: relevance ranks a query's matches, so without {@code q} it is by title. */
    public PracticeSort forQuery(String q) {
        return q == null && this == RELEVANCE ? TITLE : this;
    }

    public String param() {
        return param;
    }

    /** @return null when {@code param} names no sort order */
    public static PracticeSort fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(PracticeSort::param).collect(Collectors.joining(", "));
    }
}
