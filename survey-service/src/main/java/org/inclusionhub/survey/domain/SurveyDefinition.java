package org.inclusionhub.survey.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey definition version: its questions, their types, options, bounds and conditions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyDefinition(@Schema(required = true, maxLength = 61) String code, @Schema(required = true, minimum = "1") Integer version,
        @Schema(required = true, maxLength = 300) String title, @Schema(maxLength = 20000) String description,
        @Schema(required = true, maxItems = 500) List<Question> questions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(@Schema(required = true, maxLength = 61) String code, @Schema(required = true, maxLength = 2000) String text,
            @Schema(required = true) String type, Boolean required, @Schema(maxItems = 300) List<Option> options,
            Boolean otherOption, Double min, Double max, @Schema(minimum = "1", maximum = "20000") Integer maxLength,
            Condition condition) {

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

        /** @return the exclusive option among {@code selected}, when it is not chosen alone */
        public Optional<String> exclusiveCombined(java.util.Collection<String> selected) {
            if (selected.size() < 2 || options == null) {
                return Optional.empty();
            }
            return options.stream().filter(o -> o != null && o.isExclusive() && selected.contains(o.code())).map(Option::code)
                    .findFirst();
        }

        public String labelOf(String optionCode) {
            if (QuestionType.OTHER.equals(optionCode)) {
                return "Other";
            }
            return options.stream().filter(o -> o.code().equals(optionCode)).map(Option::label).findFirst().orElse(optionCode);
        }
    }

    /**
     * An answer option. An {@code exclusive} option of a multiple-choice question is chosen alone or not at all:
     * "none", "no statement" (the ERASMI compendium counts such answers, seed 004).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(@Schema(required = true, maxLength = 81) String code, @Schema(required = true, maxLength = 500) String label,
            @Schema(description = "multiple choice only: this option is chosen alone or not at all") Boolean exclusive) {

        public Option(String code, String label) {
            this(code, label, null);
        }

        @JsonIgnore
        public boolean isExclusive() {
            return Boolean.TRUE.equals(exclusive);
        }
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
