package org.inclusionhub.survey.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survey definition version: its questions, their types, options, bounds and conditions, and the
 * dimensions computed from the answers for the statistics.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyDefinition(@Schema(required = true, maxLength = 61) String code, @Schema(required = true, minimum = "1") Integer version,
        @Schema(required = true, maxLength = 300) String title, @Schema(maxLength = 20000) String description,
        @Schema(required = true, maxItems = 500) List<Question> questions,
        @Schema(maxItems = 20, description = "classifications computed from the answers, counted like single-choice questions")
        List<Dimension> dimensions,
        @Schema(maxItems = 100, description = "the figures of a report these statistics reproduce, in the report's order")
        List<Figure> figures) {

    public SurveyDefinition(String code, Integer version, String title, String description, List<Question> questions) {
        this(code, version, title, description, questions, null, null);
    }

    public SurveyDefinition(String code, Integer version, String title, String description, List<Question> questions,
            List<Dimension> dimensions) {
        this(code, version, title, description, questions, dimensions, null);
    }

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

        /** Whether the answers meet this condition (a missing answer does not). */
        public boolean holds(Map<String, Object> answers) {
            Object on = answers.get(question);
            if (on instanceof List<?> selected) {
                return selected.stream().anyMatch(o -> anyOf.contains(o.toString()));
            }
            return on != null && anyOf.contains(on.toString());
        }
    }

    /**
     * A classification computed from the answers, such as the ERASMI compendium's country groups (Fig. 1):
     * a response falls into the first group whose conditions all hold; a last group without conditions takes
     * the rest. Counted, filtered and crossed like a single-choice question; never asked.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dimension(@Schema(required = true, maxLength = 61) String code, @Schema(required = true, maxLength = 2000) String text,
            @Schema(required = true, maxItems = 300) List<Group> groups) {

        /** The code of the group the answers fall into, or null. */
        public String classify(Map<String, Object> answers) {
            for (Group g : groups) {
                if (g.when() == null || g.when().stream().allMatch(c -> c.holds(answers))) {
                    return g.code();
                }
            }
            return null;
        }

        Question asQuestion() {
            return new Question(code, text, QuestionType.DIMENSION, false,
                    groups.stream().map(g -> new Option(g.code(), g.label())).toList(), false, null, null, null, null);
        }
    }

    /** One group of a dimension: the responses meeting every condition of {@code when} (none: the rest). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(@Schema(required = true, maxLength = 81) String code, @Schema(required = true, maxLength = 500) String label,
            @Schema(maxItems = 10) List<Condition> when) {
    }

    /**
     * A figure of a published report that the statistics of {@code questions} (questions or dimensions)
     * reproduce, such as "Figure 4: Field of action" of the ERASMI compendium; dashboards show them in this order.
     * {@code source} says where the figure is (document, page or line).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(@Schema(required = true, maxLength = 40) String id, @Schema(required = true, maxLength = 300) String title,
            @Schema(required = true, maxItems = 10) List<String> questions, @Schema(maxLength = 300) String source) {
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The questions, then each dimension as a question of type {@link QuestionType#DIMENSION}: what the statistics count. */
    @JsonIgnore
    public List<Question> analysed() {
        if (dimensions == null || dimensions.isEmpty()) {
            return questions;
        }
        List<Question> all = new java.util.ArrayList<>(questions);
        dimensions.forEach(dimension -> all.add(dimension.asQuestion()));
        return all;
    }

    /** A question or dimension of {@link #analysed()}. */
    public Optional<Question> analysed(String code) {
        return analysed().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The answers with each dimension's group added under the dimension's code (where one applies). */
    public Map<String, Object> withDimensions(Map<String, Object> answers) {
        if (dimensions == null || dimensions.isEmpty()) {
            return answers;
        }
        Map<String, Object> all = new java.util.LinkedHashMap<>(answers);
        for (Dimension dimension : dimensions) {
            all.remove(dimension.code());
            String group = dimension.classify(answers);
            if (group != null) {
                all.put(dimension.code(), group);
            }
        }
        return all;
    }

    public String key() {
        return code + "@" + version;
    }
}
