package org.inclusionhub.survey.surveys;

import java.util.List;

/** A small survey with every question type and a condition, for the tests. */
public final class TestSurveys {

    private TestSurveys() {
    }

    public static SurveyDefinition small() {
        return small("test-networks", 1);
    }

    public static SurveyDefinition small(String code, int version) {
        return new SurveyDefinition(code, version, "Test survey", "For tests", List.of(
                q("name", "free-text", true, null, null, null, null, 100, null),
                q("country", "country", true, null, null, null, null, null, null),
                q("founded", "year", false, null, null, 1900.0, 2021.0, null, null),
                q("type", "single-choice", true, List.of(o("formal", "Formal network"), o("informal", "Informal group")),
                        false, null, null, null, null),
                q("fields", "multiple-choice", true, List.of(o("education", "Education"), o("health", "Health"),
                        o("housing", "Housing")), true, null, null, null, null),
                q("members", "integer", false, null, null, 1.0, 100000.0, null, null),
                q("budget", "decimal", false, null, null, 0.0, null, null, null),
                q("satisfaction", "rating", false, null, null, 1.0, 5.0, null, null),
                q("evaluated", "yes-no", true, null, null, null, null, null, null),
                q("evaluation", "single-choice", true, List.of(o("internal", "Internal"), o("external", "External")),
                        false, null, null, null, new SurveyDefinition.Condition("evaluated", List.of("yes")))));
    }

    private static SurveyDefinition.Question q(String code, String type, boolean required, List<SurveyDefinition.Option> options,
            Boolean other, Double min, Double max, Integer maxLength, SurveyDefinition.Condition condition) {
        return new SurveyDefinition.Question(code, "Question " + code, type, required, options, other, min, max, maxLength,
                condition);
    }

    private static SurveyDefinition.Option o(String code, String label) {
        return new SurveyDefinition.Option(code, label);
    }
}
