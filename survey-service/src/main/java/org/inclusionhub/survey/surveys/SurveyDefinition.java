package org.inclusionhub.survey.surveys;

import org.inclusionhub.commons.domain.Countries;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survey definition version: its questions, their types, options, bounds and conditions, and the
 * dimensions computed from the answers for the statistics.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "A survey definition version: its questions and what the statistics compute from them")
public record SurveyDefinition(
        @Schema(required = true, maxLength = 61, pattern = "[a-z0-9][a-z0-9-]{1,60}", description = "The survey's code, "
                + "shared by all its versions: 2 to 61 lower-case letters, digits and dashes", examples = "erasmi-networks")
        String code,
        @Schema(required = true, minimum = "1", description = "The version number; code and version are unique, so a "
                + "change to a survey is a new version", examples = "3") Integer version,
        @Schema(required = true, maxLength = 300, description = "The title, not blank",
                examples = "ERASMI survey of migrant-inclusion networks") String title,
        @Schema(maxLength = 20000) String description,
        @Schema(required = true, minItems = 1, maxItems = 500, description = "The questions, in the order they are asked; "
                + "a condition may only name an earlier question") List<Question> questions,
        @Schema(maxItems = 20, description = "classifications computed from the answers, counted like single-choice questions")
        List<Dimension> dimensions,
        @Schema(maxItems = 100, description = "the figures of a report these statistics reproduce, in the report's order")
        List<Figure> figures,
        @Schema(maxItems = 20, description = "the languages of the texts and labels, by their XLSForm name such as "
                + "'English (en)'; the first is the language of text and label") List<String> languages,
        @Schema(maxItems = 100, description = "sections (XLSForm groups) that questions name by path") List<Section> sections) {

    public SurveyDefinition(String code, Integer version, String title, String description, List<Question> questions) {
        this(code, version, title, description, questions, null, null);
    }

    public SurveyDefinition(String code, Integer version, String title, String description, List<Question> questions,
            List<Dimension> dimensions, List<Figure> figures) {
        this(code, version, title, description, questions, dimensions, figures, null, null);
    }

    public SurveyDefinition(String code, Integer version, String title, String description, List<Question> questions,
            List<Dimension> dimensions) {
        this(code, version, title, description, questions, dimensions, null);
    }

    /**
     * A section of the form (an XLSForm group): its path ({@code network} or, nested, {@code network/basics}),
     * its text and the text in each language. Questions name it by path; KoboToolbox prefixes answers with it.
     */
    @Schema(description = "A section of the form (an XLSForm group), named by questions through its path")
    public record Section(@Schema(required = true, maxLength = 200, description = "Names of letters, digits and "
            + "underscores joined by '/' for nested groups; unique", examples = "network/basics") String path,
            @Schema(maxLength = 2000, examples = "About the network") String text,
            @Schema(description = "The text in each of the definition's languages, by language name") Map<String, String> texts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "A question: its type, options, bounds and the condition under which it is asked")
    public record Question(
            @Schema(required = true, maxLength = 61, pattern = "[a-z][a-z0-9_]{0,60}", description = "The question's code, "
                    + "unique in the definition, which answers are keyed by: lower-case letters, digits and underscores, "
                    + "starting with a letter", examples = "network_type") String code,
            @Schema(required = true, maxLength = 2000, description = "The question as asked, not blank",
                    examples = "Which type best describes the network?") String text,
            @Schema(required = true, description = "The question type; note is text that takes no answer",
                    enumeration = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.RATING,
                            QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.FREE_TEXT, QuestionType.COUNTRY,
                            QuestionType.YEAR, QuestionType.YES_NO, QuestionType.DATE, QuestionType.NOTE},
                    examples = QuestionType.SINGLE_CHOICE) String type,
            @Schema(description = "true: a response must answer it whenever it is asked (never for a note); default false")
            Boolean required,
            @Schema(maxItems = 300, description = "Single and multiple choice only, and required for them: 2 to 300 options "
                    + "with unique codes") List<Option> options,
            @Schema(description = "Choice questions: true adds the answer 'other', whose text goes in otherText; default false")
            Boolean otherOption,
            @Schema(description = "The smallest number allowed (rating, integer, decimal, year); a rating needs min and max",
                    examples = "1900") Double min,
            @Schema(description = "The largest number allowed, not below min", examples = "2021") Double max,
            @Schema(minimum = "1", maximum = "20000", description = "Free text: the longest answer in characters; default 5000",
                    examples = "300") Integer maxLength,
            @Schema(description = "Asked only when this holds over earlier answers; always asked without one")
            Condition condition,
            @Schema(maxLength = 2000, description = "guidance shown with the question") String hint,
            @Schema(maxLength = 200, description = "the path of the section (XLSForm group) it belongs to, e.g. network/basics")
            String section,
            @Schema(description = "the text in each of the definition's languages, by language name") Map<String, String> texts,
            @Schema(description = "the hint in each of the definition's languages, by language name") Map<String, String> hints) {

        /** The ISO 3166-1 alpha-2 codes a country question accepts. */
        private static final List<Option> YES_NO_OPTIONS = YesNoLabels.options(List.of());

        /** A question without hint, section or translations. */
        public Question(String code, String text, String type, Boolean required, List<Option> options, Boolean otherOption,
                Double min, Double max, Integer maxLength, Condition condition) {
            this(code, text, type, required, options, otherOption, min, max, maxLength, condition, null, null, null, null);
        }

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

        /** @return whether {@code answer} is one value this categorical question can take: an option, yes or no, an ISO 3166-1 alpha-2 country code */
        public boolean isPossibleAnswer(String answer) {
            return switch (type) {
                case QuestionType.YES_NO -> "yes".equals(answer) || "no".equals(answer);
                case QuestionType.COUNTRY -> Countries.isValid(answer);
                default -> isChoice() && hasOption(answer);
            };
        }

        /** A question without a condition is always asked; otherwise only when its condition holds over the earlier answers. */
        public boolean isAskedGiven(Map<String, Object> earlierAnswers) {
            return condition == null || condition.holds(earlierAnswers);
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

        /**
         * The options answers are given from: a choice question's own; Yes and No for a yes-no question (in the
         * language of a translated definition, {@link SurveyDefinition#inLanguage}); else none.
         */
        @JsonIgnore
        public List<Option> answerOptions() {
            if (QuestionType.YES_NO.equals(type) && options == null) {
                return YES_NO_OPTIONS;
            }
            return options == null ? List.of() : options;
        }

        /**
         * The text a person reads for one answer of this question: an option's label (Yes or No for a yes-no question),
         * a country's English name for its ISO 3166-1 alpha-2 code, or the value itself.
         */
        public String answerText(String answer) {
            if (isChoice() || QuestionType.YES_NO.equals(type)) {
                return labelOf(answer);
            }
            if (QuestionType.COUNTRY.equals(type) && Countries.isValid(answer)) {
                return new Locale("", answer).getDisplayCountry(Locale.ENGLISH);
            }
            return answer;
        }

        /** The text shown for an answer option ("Other" for the other option); the code itself when there is none. */
        public String labelOf(String optionCode) {
            if (QuestionType.OTHER.equals(optionCode)) {
                return "Other";
            }
            return answerOptions().stream().filter(o -> o.code().equals(optionCode)).map(Option::label).findFirst()
                    .orElse(optionCode);
        }
    }

    /**
     * An answer option. An {@code exclusive} option of a multiple-choice question is chosen alone or not at all:
     * "none", "no statement" (the ERASMI compendium counts such answers, seed 004).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An answer option of a choice question")
    public record Option(
            @Schema(required = true, maxLength = 81, pattern = "[a-z0-9][a-z0-9_-]{0,80}", description = "The option's code, "
                    + "unique in the question, as answers carry it: lower-case letters, digits, dashes and underscores; not "
                    + "'other' (use otherOption)", examples = "state-integration-network") String code,
            @Schema(required = true, maxLength = 500, description = "The option as shown, not blank",
                    examples = "State integration network") String label,
            @Schema(description = "multiple choice only: this option is chosen alone or not at all") Boolean exclusive,
            @Schema(description = "the label in each of the definition's languages, by language name") Map<String, String> labels) {

        public Option(String code, String label) {
            this(code, label, null, null);
        }

        public Option(String code, String label, Boolean exclusive) {
            this(code, label, exclusive, null);
        }

        @JsonIgnore
        public boolean isExclusive() {
            return Boolean.TRUE.equals(exclusive);
        }
    }

    /**
     * Ask the question only when {@code question}'s answer is (or, for multiple choice, includes) one of {@code anyOf},
     * and, when {@code allOf} is given, each of those conditions holds too (XLSForm's {@code and}); the conditions
     * in {@code allOf} have no {@code allOf} of their own.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Holds when the answer to question is (for multiple choice: includes) one of anyOf, and every "
            + "condition of allOf holds too")
    public record Condition(
            @Schema(required = true, description = "The code of an earlier choice or yes/no question (in a dimension's "
                    + "group: also a country question)", examples = "has_evaluation") String question,
            @Schema(required = true, minItems = 1, maxItems = 300, description = "Answers of that question: option codes, "
                    + "yes or no, or ISO 3166-1 alpha-2 country codes", examples = "[\"yes\"]") List<String> anyOf,
            @Schema(maxItems = 10, description = "further conditions that must all hold too") List<Condition> allOf) {

        public Condition(String question, List<String> anyOf) {
            this(question, anyOf, null);
        }

        /** Whether the answers meet this condition (a missing answer does not). */
        public boolean holds(Map<String, Object> answers) {
            Object on = answers.get(question);
            boolean meets = on instanceof List<?> selected ? selected.stream().anyMatch(o -> anyOf.contains(o.toString()))
                    : on != null && anyOf.contains(on.toString());
            return meets && (allOf == null || allOf.stream().allMatch(c -> c.holds(answers)));
        }

        /** This condition and those of {@code allOf}, each on one question. */
        @JsonIgnore
        public List<Condition> conjuncts() {
            List<Condition> all = new java.util.ArrayList<>(List.of(new Condition(question, anyOf)));
            if (allOf != null) {
                all.addAll(allOf);
            }
            return all;
        }

        /** In words, for messages: {@code network_type being one of [formal] and evaluated being one of [yes]}. */
        public String describe() {
            return String.join(" and ", conjuncts().stream().map(c -> c.question() + " being one of " + c.anyOf()).toList());
        }
    }

    /**
     * A classification computed from the answers, such as the ERASMI compendium's country groups (Fig. 1):
     * a response falls into the first group whose conditions all hold; a last group without conditions takes
     * the rest. Counted, filtered and crossed like a single-choice question; never asked.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A classification computed from the answers, never asked: counted, filtered and crossed like a "
            + "single-choice question whose options are its groups")
    public record Dimension(
            @Schema(required = true, maxLength = 61, pattern = "[a-z][a-z0-9_]{0,60}", description = "Its code, unique among "
                    + "the questions and dimensions", examples = "country_group") String code,
            @Schema(required = true, maxLength = 2000, examples = "Where does the network operate?") String text,
            @Schema(required = true, minItems = 2, maxItems = 300, description = "A response falls into the first group "
                    + "whose conditions all hold; only the last group may have none (the rest)") List<Group> groups) {

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
    @Schema(description = "One group of a dimension")
    public record Group(
            @Schema(required = true, maxLength = 81, pattern = "[a-z0-9][a-z0-9_-]{0,80}", description = "The group's code, "
                    + "unique in the dimension, as statistics and filters carry it", examples = "germany") String code,
            @Schema(required = true, maxLength = 500, description = "The group as shown, not blank", examples = "Germany")
            String label,
            @Schema(maxItems = 10, description = "Conditions that must all hold (without allOf of their own); none: the "
                    + "rest, allowed for the last group only") List<Condition> when) {
    }

    /**
     * A figure of a published report that the statistics of {@code questions} (questions or dimensions)
     * reproduce, such as "Figure 4: Field of action" of the ERASMI compendium; dashboards show them in this order.
     * {@code source} says where the figure is (document, page or line).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A figure of a published report that the statistics of its questions reproduce")
    public record Figure(
            @Schema(required = true, maxLength = 40, description = "Unique in the definition", examples = "Figure 2") String id,
            @Schema(required = true, maxLength = 300, examples = "Types of networks") String title,
            @Schema(required = true, minItems = 1, maxItems = 10, description = "Codes of the choice, yes/no or country "
                    + "questions or dimensions the figure shows", examples = "[\"network_type\"]") List<String> questions,
            @Schema(maxLength = 300, description = "Where the figure is: document, page or line",
                    examples = "ERASMI International Compendium of Good Practices (2021), figure 2") String source) {
    }

    /**
     * The language a request names, by its full name ({@code Deutsch (de)}) or by the tag in its brackets
     * ({@code de}, case-insensitive); empty when the definition has no such language.
     */
    public Optional<String> language(String asked) {
        if (languages == null || asked == null) {
            return Optional.empty();
        }
        return languages.stream().filter(l -> l.equals(asked) || l.toLowerCase(java.util.Locale.ROOT)
                .endsWith("(" + asked.toLowerCase(java.util.Locale.ROOT) + ")")).findFirst();
    }

    /**
     * This definition with every text, hint and label in {@code language} (one of {@link #languages()}), where
     * it has one, and a yes-no question's Yes and No in that language ({@link YesNoLabels}); codes, and so answers
     * and statistics keys, stay the same. Readers show it as they show any.
     */
    public SurveyDefinition inLanguage(String language) {
        List<Question> translated = questions.stream().map(q -> new Question(q.code(), in(q.texts(), language, q.text()),
                q.type(), q.required(), QuestionType.YES_NO.equals(q.type()) ? YesNoLabels.in(language)
                        : q.options() == null ? null : q.options().stream().map(o -> new Option(o.code(),
                        in(o.labels(), language, o.label()), o.exclusive(), o.labels())).toList(),
                q.otherOption(), q.min(), q.max(), q.maxLength(), q.condition(), in(q.hints(), language, q.hint()), q.section(),
                q.texts(), q.hints())).toList();
        List<Section> sectionsIn = sections == null ? null
                : sections.stream().map(s -> new Section(s.path(), in(s.texts(), language, s.text()), s.texts())).toList();
        return new SurveyDefinition(code, version, title, description, translated, dimensions, figures, languages, sectionsIn);
    }

    /**
     * This definition in the language a request's {@code lang} names, or itself when it names none.
     *
     * @throws InvalidInputException naming {@code lang} when the definition has no such language
     */
    public SurveyDefinition inRequestedLanguage(String asked) {
        if (asked == null) {
            return this;
        }
        return language(asked).map(this::inLanguage).orElseThrow(() -> InvalidInputException.of(List.of(new Violation("lang",
                "'" + asked + "' is not one of this survey's languages " + (languages == null ? List.of() : languages)))));
    }

    private static String in(Map<String, String> texts, String language, String otherwise) {
        return texts == null ? otherwise : texts.getOrDefault(language, otherwise);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The questions but notes, then each dimension as a question of type {@link QuestionType#DIMENSION}: what the statistics count. */
    @JsonIgnore
    public List<Question> analysed() {
        boolean notes = questions.stream().anyMatch(q -> QuestionType.NOTE.equals(q.type()));
        if (!notes && (dimensions == null || dimensions.isEmpty())) {
            return questions;
        }
        List<Question> all = new java.util.ArrayList<>(questions.stream().filter(q -> !QuestionType.NOTE.equals(q.type())).toList());
        if (dimensions != null) {
            dimensions.forEach(dimension -> all.add(dimension.asQuestion()));
        }
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
