package org.inclusionhub.survey.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statistics of one survey version, for all responses or those with one given answer ({@code filter}). */
@Schema(description = "The statistics of one published survey version, over all its responses or those matching the filter")
public record SurveyStatistics(
        @Schema(required = true, description = "The survey's code", examples = "erasmi-networks") String survey,
        @Schema(required = true, description = "The survey version counted", examples = "3") int version,
        @Schema(description = "The filter applied, as question=answer; null for all responses", examples = "country=DE")
        String filter,
        @Schema(description = "Only responses submitted on or after this day (UTC); null when not restricted",
                examples = "2026-01-01") LocalDate from,
        @Schema(description = "Only responses submitted on or before this day (UTC); null when not restricted",
                examples = "2026-12-31") LocalDate to,
        @Schema(required = true, description = "The number of responses counted (submitted, not withdrawn)", examples = "55")
        long respondents,
        @Schema(required = true, description = "Responses per week of their submission, from the first week with any to the "
                + "last, weeks without any as 0; kept by the projection (counted when read for a filter or date range)")
        List<ResponseTimeline.Week> timeline,
        @Schema(required = true, description = "One entry per question (notes left out), then one per computed dimension")
        List<QuestionStats> questions) {

    /** The same figures with responses per week. */
    public SurveyStatistics withTimeline(List<ResponseTimeline.Week> weeks) {
        return new SurveyStatistics(survey, version, filter, from, to, respondents, weeks, questions);
    }

    /**
     * {@code skipped} respondents gave no answer: {@code notAsked} of them were not asked (the question's
     * condition did not hold), {@code notAnswered} were asked and left it out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "The figures of one question or dimension")
    public record QuestionStats(
            @Schema(required = true, description = "The question's or dimension's code", examples = "network_type") String code,
            @Schema(required = true, description = "The question's text, in the requested language",
                    examples = "Which type best describes the network?") String text,
            @Schema(required = true, description = "The question type; dimension for a computed dimension",
                    enumeration = {"single-choice", "multiple-choice", "rating", "integer", "decimal", "free-text", "country",
                            "year", "yes-no", "date", "dimension"}, examples = "single-choice") String type,
            @Schema(required = true, description = "Respondents who answered", examples = "52") long answered,
            @Schema(required = true, description = "Respondents who gave no answer: notAsked plus notAnswered", examples = "3")
            long skipped,
            @Schema(required = true, description = "Respondents not asked, because the question's condition did not hold",
                    examples = "0") long notAsked,
            @Schema(required = true, description = "Respondents asked who left the question out", examples = "3")
            long notAnswered,
            @Schema(description = "Choice, yes/no and country questions and dimensions only: a count per possible answer "
                    + "(options, yes and no, or the countries answered)") List<OptionCount> options,
            @Schema(description = "Rating, integer, decimal and year questions only: summary of the numbers answered")
            Numbers numbers) {
    }

    /**
     * An answer's count with two percentages (0 to 100, one decimal): {@code percentage} of those who answered
     * the question, and {@code percentageOfRespondents} of all respondents, the base the ERASMI compendium
     * uses for its figures (seed 004: "n = 55"). For multiple choice both can sum past 100 %.
     * {@code label} is the option's text, or a country's English name.
     */
    @Schema(description = "One answer's count and percentages; for multiple choice the percentages can sum past 100")
    public record OptionCount(
            @Schema(required = true, description = "The answer: an option or group code, yes or no, or an ISO 3166-1 "
                    + "alpha-2 country code", examples = "state-integration-network") String code,
            @Schema(required = true, description = "The option's label, or a country's English name",
                    examples = "State integration network") String label,
            @Schema(required = true, description = "Respondents who gave this answer", examples = "12") long count,
            @Schema(required = true, description = "Percent (0 to 100, one decimal) of those who answered the question",
                    examples = "23.1") double percentage,
            @Schema(required = true, description = "Percent (0 to 100, one decimal) of all respondents",
                    examples = "21.8") double percentageOfRespondents) {
    }

    @Schema(description = "Summary of a numeric question's answers; mean, median, min and max are null when none answered")
    public record Numbers(
            @Schema(required = true, description = "The number of numeric answers", examples = "52") long n,
            @Schema(description = "The mean, rounded to 4 decimals (to 4 significant digits when smaller than 0.001)", examples = "2012.4615") Double mean,
            @Schema(description = "The median (the mean of the two middle values for an even n)", examples = "2015") Double median,
            @Schema(description = "The smallest value answered", examples = "1990") Double min,
            @Schema(description = "The largest value answered", examples = "2021") Double max,
            @Schema(required = true, description = "10 bins of equal width from min to max (1 bin when all values are "
                    + "equal, none when nothing was answered)") List<Bin> histogram) {
    }

    /** Values at least {@code from} and below {@code to} (the last bin includes {@code to}). */
    @Schema(description = "A histogram bin: the values at least from and below to (the last bin includes to)")
    public record Bin(@Schema(required = true, examples = "1990") double from, @Schema(required = true, examples = "1993.1") double to,
            @Schema(required = true, description = "Answers in the bin", examples = "4") long count) {
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
    @Schema(description = "Counts of answer pairs of two categorical questions: counts[i][j] respondents gave row answer i "
            + "and column answer j; percentages are 0 to 100 with one decimal, 0 for an empty total")
    public record CrossTab(
            @Schema(required = true, description = "The survey's code", examples = "erasmi-networks") String survey,
            @Schema(required = true, description = "The survey version counted", examples = "3") int version,
            @Schema(description = "The filter applied, as question=answer; null for all responses",
                    examples = "uses_facilitation=yes") String filter,
            @Schema(required = true, description = "The question or dimension of the rows", examples = "network_type") String rows,
            @Schema(required = true, description = "The question or dimension of the columns", examples = "fields_of_action")
            String columns,
            @Schema(required = true, description = "The row answers (codes), in order") List<String> rowOptions,
            @Schema(required = true, description = "The labels of rowOptions") List<String> rowLabels,
            @Schema(required = true, description = "The column answers (codes), in order") List<String> columnOptions,
            @Schema(required = true, description = "The labels of columnOptions") List<String> columnLabels,
            @Schema(required = true, description = "counts[i][j]: respondents who gave row answer i and column answer j; "
                    + "crossed with itself, a multiple-choice question's diagonal holds each option's total")
            List<List<Long>> counts,
            @Schema(required = true, description = "Per row answer, the respondents who gave it (for multiple choice the "
                    + "cells need not sum to it)") List<Long> rowTotals,
            @Schema(required = true, description = "Per column answer, the respondents who gave it") List<Long> columnTotals,
            @Schema(required = true, description = "Each cell's share of its row total, in percent")
            List<List<Double>> rowPercentages,
            @Schema(required = true, description = "Each cell's share of its column total, in percent")
            List<List<Double>> columnPercentages,
            @Schema(required = true, description = "The number of responses counted", examples = "55") long respondents) {
    }
}
