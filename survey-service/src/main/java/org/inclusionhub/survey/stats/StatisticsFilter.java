package org.inclusionhub.survey.stats;

import java.time.LocalDate;

/**
 * Which responses the statistics count: those that gave {@code answer} to {@code question} (for a
 * multiple-choice question: that included it), written {@code question=answer} in the API, and/or those
 * submitted from {@code from} to {@code to} (UTC days, both included). A part left null does not restrict.
 */
public record StatisticsFilter(String question, String answer, boolean multiple, LocalDate from, LocalDate to) {

    /** Only the responses with one answer. */
    public StatisticsFilter(String question, String answer, boolean multiple) {
        this(question, answer, multiple, null, null);
    }

    /** Only the responses submitted in a date range (either end may be null: open). */
    public static StatisticsFilter submitted(LocalDate from, LocalDate to) {
        return new StatisticsFilter(null, null, false, from, to);
    }

    /** The same answer filter (if any), restricted to a date range. */
    public StatisticsFilter within(LocalDate from, LocalDate to) {
        return new StatisticsFilter(question, answer, multiple, from, to);
    }

    public boolean restrictsAnswer() {
        return question != null;
    }

    public boolean restrictsDates() {
        return from != null || to != null;
    }

    /** The answer part as the API writes it ({@code question=answer}), or null when there is none. */
    @Override
    public String toString() {
        return restrictsAnswer() ? question + "=" + answer : null;
    }
}
