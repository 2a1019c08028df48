package org.inclusionhub.survey.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The statistics of one survey version, for all responses or those with one given answer ({@code filter}). */
public record SurveyStatistics(String survey, int version, String filter, long respondents, List<QuestionStats> questions) {

    /**
     * {@code skipped} respondents gave no answer: {@code notAsked} of them were not asked (the question's
     * condition did not hold), {@code notAnswered} were asked and left it out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionStats(String code, String text, String type, long answered, long skipped, long notAsked,
            long notAnswered, List<OptionCount> options, Numbers numbers) {
    }

    /**
     * An answer's count with two percentages (0 to 100, one decimal): {@code percentage} of those who answered
     * the question, and {@code percentageOfRespondents} of all respondents, the base the ERASMI compendium
     * uses for its figures (seed 004: "n = 55"). For multiple choice both can sum past 100 %.
     * {@code label} is the option's text, or a country's English name.
     */
    public record OptionCount(String code, String label, long count, double percentage, double percentageOfRespondents) {
    }

    public record Numbers(long n, Double mean, Double median, Double min, Double max, List<Bin> histogram) {
    }

    /** Values at least {@code from} and below {@code to} (the last bin includes {@code to}). */
    public record Bin(double from, double to, long count) {
    }

    /**
     * Counts of answer pairs of two categorical questions, over all responses or those matching {@code filter}:
     * {@code counts[i][j]} respondents gave row answer i and column answer j. {@code rowTotals[i]} and {@code columnTotals[j]} are the
     * respondents who gave that answer at all (the margins; for multiple choice a respondent counts in several
     * cells, so cells need not sum to them). {@code rowPercentages[i][j]} is the cell's share of its row total,
     * {@code columnPercentages[i][j]} of its column total (0 to 100, one decimal; 0 for an empty total).
     * A multiple-choice question crossed with itself counts co-occurrence: {@code counts[i][j]} respondents chose
     * both i and j, and the diagonal holds each option's total.
     */
    public record CrossTab(String survey, int version, String filter, String rows, String columns, List<String> rowOptions,
            List<String> rowLabels, List<String> columnOptions, List<String> columnLabels, List<List<Long>> counts,
            List<Long> rowTotals, List<Long> columnTotals, List<List<Double>> rowPercentages,
            List<List<Double>> columnPercentages, long respondents) {
    }
}
