package org.inclusionhub.commons.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.inclusionhub.commons.domain.Violation;

/**
 * A range of days (UTC) from the query parameters {@code from} and {@code to}: YYYY-MM-DD, years 0001 to 9999,
 * both days included, either side open when left out, {@code to} not before {@code from} and less than
 * {@value #MAX_YEARS} years after it. The one rule of the survey and framework statistics.
 */
public record DayRange(LocalDate from, LocalDate to) {

    /** A range spans less than this many years. */
    public static final int MAX_YEARS = 20;
    /** No bound on either side. */
    public static final DayRange ALL = new DayRange(null, null);

    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    /**
     * Reads {@code from} and {@code to}; each one that is not a day, and a reversed or too long range, adds a
     * violation naming the parameter (and the answer is {@link #ALL}). Absent or empty text leaves that side open.
     */
    public static DayRange parse(String fromText, String toText, List<Violation> violations) {
        int before = violations.size();
        LocalDate from = day("from", fromText, violations);
        LocalDate to = day("to", toText, violations);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                violations.add(new Violation("to", "must not be before from (" + from + ")"));
            } else if (!to.isBefore(from.plusYears(MAX_YEARS))) {
                violations.add(new Violation("to", "the range may span at most " + MAX_YEARS + " years: to must be before "
                        + from.plusYears(MAX_YEARS)));
            }
        }
        return violations.size() > before ? ALL : new DayRange(from, to);
    }

    public boolean isBounded() {
        return from != null || to != null;
    }

    /** The first instant of the range, or null when it is open at the start. */
    public Instant start() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range, or null when it is open at the end (or ends on the last day 9999 has). */
    public Instant end() {
        return to == null || to.getYear() == 9999 && to.getDayOfYear() == to.lengthOfYear() ? null
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate day(String name, String text, List<Violation> violations) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                if (day.getYear() >= 1) {
                    return day;
                }
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        String shown = Text.excerpt(text, 40);
        violations.add(new Violation(name, "'" + shown + "' is not a day YYYY-MM-DD such as 2026-01-31"));
        return null;
    }
}
