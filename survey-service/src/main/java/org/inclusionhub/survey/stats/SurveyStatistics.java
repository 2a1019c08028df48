package org.inclusionhub.survey.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The statistics of one survey version, for all responses or those with one given answer. */
public record SurveyStatistics(String survey, int version, String filter, long respondents, List<QuestionStats> questions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionStats(String code, String text, String type, long answered, long skipped,
            List<OptionCount> options, Numbers numbers) {
    }

    /** For multiple choice the percentage is of those who answered, so shares can sum past 100 %. */
    public record OptionCount(String code, String label, long count, double percentage) {
    }

    public record Numbers(long n, Double mean, Double median, Double min, Double max, List<Bin> histogram) {
    }

    /** Values at least {@code from} and below {@code to} (the last bin includes {@code to}). */
    public record Bin(double from, double to, long count) {
    }

    /** Counts of answer pairs of two categorical questions, over all responses. */
    public record CrossTab(String survey, int version, String rows, String columns, List<String> rowOptions,
            List<String> columnOptions, List<List<Long>> counts, long respondents) {
    }
}
