package org.inclusionhub.survey.stats;

import java.math.BigDecimal;

/**
 * The metrics of the survey statistics and their text forms, made and read here only (the metric part of a
 * {@link org.inclusionhub.commons.statistics.StatisticKey}):
 * <ul>
 * <li>{@code respondents}; {@code answered:q} per answered question; {@code asked:q} per question with a
 * condition that held (so "not asked" and "not answered" can be told apart)</li>
 * <li>{@code option:q:o} per selected option (yes/no and countries count as options)</li>
 * <li>{@code number:q} (n and sum) and {@code value:q:v} (n per distinct value) for numbers</li>
 * <li>{@code cross:q1:o1:q2:o2} for each pair of categorical answers, q1 before q2 in the definition</li>
 * </ul>
 */
public final class SurveyMetric {

    public static final String RESPONDENTS = "respondents";

    private static final String ANSWERED = "answered:";
    private static final String ASKED = "asked:";
    private static final String OPTION = "option:";
    private static final String NUMBER = "number:";
    private static final String VALUE = "value:";
    /** The prefix of every cross metric. */
    public static final String CROSSES = "cross:";

    private SurveyMetric() {
    }

    public static String answered(String question) {
        return ANSWERED + question;
    }

    public static String asked(String question) {
        return ASKED + question;
    }

    public static String option(String question, String option) {
        return OPTION + question + ":" + option;
    }

    /** The prefix of every option metric of {@code question}. */
    public static String optionsOf(String question) {
        return OPTION + question + ":";
    }

    public static String number(String question) {
        return NUMBER + question;
    }

    /** {@code value:q:v}, with {@code v} in its shortest plain form (1.50 and 1.5 are one value). */
    public static String value(String question, BigDecimal value) {
        return VALUE + question + ":" + value.stripTrailingZeros().toPlainString();
    }

    /** {@code cross:q1:o1:q2:o2} from the two option metrics of {@link #option}. */
    public static String cross(String firstOption, String secondOption) {
        return CROSSES + firstOption.substring(OPTION.length()) + ":" + secondOption.substring(OPTION.length());
    }

    public static String cross(String firstQuestion, String firstOption, String secondQuestion, String secondOption) {
        return cross(option(firstQuestion, firstOption), option(secondQuestion, secondOption));
    }

    /** The prefix of every cross metric whose first question is {@code question}. */
    public static String crossesOf(String question) {
        return CROSSES + question + ":";
    }

    /** A {@link #value} metric as its question and value; null for any other metric. */
    public static NumberValue numberValue(String metric) {
        if (!metric.startsWith(VALUE)) {
            return null;
        }
        int colon = metric.indexOf(':', VALUE.length());
        return new NumberValue(metric.substring(VALUE.length(), colon), new BigDecimal(metric.substring(colon + 1)));
    }

    /** One distinct numeric answer of a question. */
    public record NumberValue(String question, BigDecimal value) {
    }
}
