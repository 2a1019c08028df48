package org.inclusionhub.survey.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** A survey definition version: its questions, their types, options, bounds and conditions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyDefinition(String code, Integer version, String title, String description, List<Question> questions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String code, String text, String type, Boolean required, List<Option> options,
            Boolean otherOption, Double min, Double max, Integer maxLength, Condition condition) {

        @JsonIgnore
        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        public boolean allowsOther() {
            return Boolean.TRUE.equals(otherOption);
        }

        @JsonIgnore
        public boolean isChoice() {
            return QuestionType.isChoice(type);
        }

        public boolean hasOption(String code) {
            return (options != null && options.stream().anyMatch(o -> o != null && code.equals(o.code())))
                    || (allowsOther() && QuestionType.OTHER.equals(code));
        }

        public List<String> optionCodes() {
            List<String> codes = new java.util.ArrayList<>(options == null ? List.of() : options.stream().map(Option::code).toList());
            if (allowsOther()) {
                codes.add(QuestionType.OTHER);
            }
            return codes;
        }

        public String labelOf(String optionCode) {
            if (QuestionType.OTHER.equals(optionCode)) {
                return "Other";
            }
            return options.stream().filter(o -> o.code().equals(optionCode)).map(Option::label).findFirst().orElse(optionCode);
        }
    }

    public record Option(String code, String label) {
    }

    /** Ask the question only when {@code question}'s answer is (or, for multiple choice, includes) one of {@code anyOf}. */
    public record Condition(String question, List<String> anyOf) {
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public String key() {
        return code + "@" + version;
    }
}
