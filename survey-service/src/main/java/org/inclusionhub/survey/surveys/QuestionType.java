package org.inclusionhub.survey.surveys;

import java.util.List;

/** The question types a survey definition can use. */
public final class QuestionType {
    public static final String SINGLE_CHOICE = "single-choice";
    public static final String MULTIPLE_CHOICE = "multiple-choice";
    public static final String RATING = "rating";
    public static final String INTEGER = "integer";
    public static final String DECIMAL = "decimal";
    public static final String FREE_TEXT = "free-text";
    public static final String COUNTRY = "country";
    public static final String YEAR = "year";
    public static final String YES_NO = "yes-no";
    /** A calendar date, answered as {@code YYYY-MM-DD} (ISO 8601); counted as answered or not, like free text. */
    public static final String DATE = "date";
    /** Text shown to the respondent that takes no answer (XLSForm {@code note}); not counted in the statistics. */
    public static final String NOTE = "note";
    public static final List<String> ALL = List.of(SINGLE_CHOICE, MULTIPLE_CHOICE, RATING, INTEGER, DECIMAL, FREE_TEXT,
            COUNTRY, YEAR, YES_NO, DATE, NOTE);
    /**
     * Not a question type a definition can use: the type under which a definition's computed
     * {@link SurveyDefinition.Dimension dimensions} are counted, like single choice.
     */
    public static final String DIMENSION = "dimension";
    /** The option code of "other, please specify". */
    public static final String OTHER = "other";

    private QuestionType() {
    }

    /** Questions with options (and computed dimensions, whose groups are their options). */
    public static boolean isChoice(String type) {
        return SINGLE_CHOICE.equals(type) || MULTIPLE_CHOICE.equals(type) || DIMENSION.equals(type);
    }

    /** Questions whose answers are counted per value: choices, yes/no and countries. */
    public static boolean isCategorical(String type) {
        return isChoice(type) || YES_NO.equals(type) || COUNTRY.equals(type);
    }

    public static boolean isNumeric(String type) {
        return RATING.equals(type) || INTEGER.equals(type) || DECIMAL.equals(type) || YEAR.equals(type);
    }
}
