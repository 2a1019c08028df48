package org.inclusionhub.survey.surveys;

import org.inclusionhub.commons.api.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusionhub.commons.domain.Violation;

/**
 * Checks a survey definition: known types, unique codes, options where needed, sane bounds, conditions on
 * earlier questions, and the size limits below (documented in the README).
 */
public final class DefinitionValidator {

    public static final int MAX_QUESTIONS = 500;
    public static final int MAX_OPTIONS = 300;
    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_LABEL = 500;
    /** The code of an option or of a dimension's group, as answers and filters carry it. */
    static final String ANSWER_CODE = "[a-z0-9][a-z0-9_-]{0,80}";
    public static final int MAX_DIMENSIONS = 20;
    public static final int MAX_FIGURES = 100;
    public static final int MAX_FIGURE_ID = 40;
    public static final int MAX_FIGURE_QUESTIONS = 10;
    public static final int MAX_GROUP_CONDITIONS = 10;
    public static final int MAX_LANGUAGES = 20;
    public static final int MAX_LANGUAGE_NAME = 100;
    public static final int MAX_SECTIONS = 100;
    private static final String SECTION_PATH = "(?=.{1,200}$)[A-Za-z_][A-Za-z0-9_.-]*(/[A-Za-z_][A-Za-z0-9_.-]*)*";
    /** The longest free-text answer a question may allow. */
    public static final int MAX_ANSWER_LENGTH = 20_000;

    private DefinitionValidator() {
    }

    public static List<Violation> validate(SurveyDefinition d) {
        List<Violation> v = new ArrayList<>();
        if (d.code() == null || !d.code().matches("[a-z0-9][a-z0-9-]{1,60}")) {
            v.add(new Violation("code", "must be lower-case letters, digits and dashes (e.g. erasmi-networks)"));
        }
        if (d.version() == null || d.version() < 1) {
            v.add(new Violation("version", "must be 1 or more"));
        }
        if (d.title() == null || d.title().isBlank()) {
            v.add(new Violation("title", "must not be empty"));
        }
        tooLong(v, "title", d.title(), MAX_TITLE);
        tooLong(v, "description", d.description(), MAX_DESCRIPTION);
        if (d.questions() == null || d.questions().isEmpty()) {
            v.add(new Violation("questions", "needs at least one question"));
            return v;
        }
        if (d.questions().size() > MAX_QUESTIONS) {
            v.add(new Violation("questions", "holds at most " + MAX_QUESTIONS + " questions"));
            return v;
        }
        Map<String, SurveyDefinition.Question> earlier = new HashMap<>();
        for (int i = 0; i < d.questions().size(); i++) {
            SurveyDefinition.Question q = d.questions().get(i);
            String p = "questions[" + i + "]";
            if (q == null) {
                v.add(new Violation(p, "must not be null"));
                continue;
            }
            if (q.code() == null || !q.code().matches("[a-z][a-z0-9_]{0,60}")) {
                v.add(new Violation(p + ".code", "must be lower-case letters, digits and underscores"));
            } else if (earlier.containsKey(q.code())) {
                v.add(new Violation(p + ".code", "'" + q.code() + "' is used twice"));
            }
            if (q.text() == null || q.text().isBlank()) {
                v.add(new Violation(p + ".text", "must not be empty"));
            }
            tooLong(v, p + ".text", q.text(), MAX_TEXT);
            if (q.maxLength() != null && (q.maxLength() < 1 || q.maxLength() > MAX_ANSWER_LENGTH)) {
                v.add(new Violation(p + ".maxLength", "must be 1 to " + MAX_ANSWER_LENGTH));
            }
            if ((q.min() != null && !Double.isFinite(q.min())) || (q.max() != null && !Double.isFinite(q.max()))) {
                v.add(new Violation(p + ".min", "min and max must be finite numbers"));
            }
            if (q.type() == null || !QuestionType.ALL.contains(q.type())) {
                v.add(new Violation(p + ".type", "'" + q.type() + "' is not one of " + QuestionType.ALL));
            } else if (q.isChoice()) {
                options(v, p, q);
            } else if (q.options() != null && !q.options().isEmpty()) {
                v.add(new Violation(p + ".options", "only choice questions have options"));
            }
            if (q.min() != null && q.max() != null && q.min() > q.max()) {
                v.add(new Violation(p + ".min", "must not be above max"));
            }
            if (QuestionType.RATING.equals(q.type()) && (q.min() == null || q.max() == null)) {
                v.add(new Violation(p + ".max", "a rating scale needs min and max"));
            }
            if (q.condition() != null) {
                condition(v, p + ".condition", q.condition(), earlier, false);
                allOf(v, p + ".condition", q.condition(), earlier);
            }
            if (q.code() != null) {
                earlier.putIfAbsent(q.code(), q);
            }
        }
        dimensions(v, d.dimensions(), earlier);
        if (v.isEmpty()) {
            figures(v, d);
        }
        if (v.isEmpty()) {
            translationsAndSections(v, d);
        }
        return v;
    }

    /** Languages, sections, hints and the texts in each language: every language named must be a definition's language. */
    private static void translationsAndSections(List<Violation> v, SurveyDefinition d) {
        List<String> languages = d.languages() == null ? List.of() : d.languages();
        if (languages.size() > MAX_LANGUAGES) {
            v.add(new Violation("languages", "holds at most " + MAX_LANGUAGES + " languages"));
            return;
        }
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (language == null || language.isBlank() || language.length() > MAX_LANGUAGE_NAME) {
                v.add(new Violation("languages[" + i + "]", "must be a name of 1 to " + MAX_LANGUAGE_NAME + " characters"));
            } else if (languages.indexOf(language) != i) {
                v.add(new Violation("languages[" + i + "]", "'" + language + "' is named twice"));
            }
        }
        Set<String> paths = new HashSet<>();
        List<SurveyDefinition.Section> sections = d.sections() == null ? List.of() : d.sections();
        if (sections.size() > MAX_SECTIONS) {
            v.add(new Violation("sections", "holds at most " + MAX_SECTIONS + " sections"));
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            SurveyDefinition.Section section = sections.get(i);
            String p = "sections[" + i + "]";
            if (section == null || section.path() == null || !section.path().matches(SECTION_PATH)) {
                v.add(new Violation(p + ".path", "must be names of letters, digits and underscores joined by '/' (at most 200 characters)"));
                continue;
            }
            if (!paths.add(section.path())) {
                v.add(new Violation(p + ".path", "'" + section.path() + "' is used twice"));
            }
            tooLong(v, p + ".text", section.text(), MAX_TEXT);
            texts(v, p + ".texts", section.texts(), languages, MAX_TEXT);
        }
        for (int i = 0; i < d.questions().size(); i++) {
            SurveyDefinition.Question q = d.questions().get(i);
            String p = "questions[" + i + "]";
            tooLong(v, p + ".hint", q.hint(), MAX_TEXT);
            if (q.section() != null && !paths.contains(q.section())) {
                v.add(new Violation(p + ".section", "'" + q.section() + "' is not one of the definition's sections"));
            }
            texts(v, p + ".texts", q.texts(), languages, MAX_TEXT);
            texts(v, p + ".hints", q.hints(), languages, MAX_TEXT);
            if (QuestionType.NOTE.equals(q.type()) && q.isRequired()) {
                v.add(new Violation(p + ".required", "a note takes no answer, so it cannot be required"));
            }
            List<SurveyDefinition.Option> options = q.options() == null ? List.of() : q.options();
            for (int o = 0; o < options.size(); o++) {
                texts(v, p + ".options[" + o + "].labels", options.get(o).labels(), languages, MAX_LABEL);
            }
        }
    }

    private static void texts(List<Violation> v, String field, Map<String, String> texts, List<String> languages, int max) {
        if (texts == null) {
            return;
        }
        texts.forEach((language, text) -> {
            if (!languages.contains(language)) {
                v.add(new Violation(field, "'" + language + "' is not one of the definition's languages " + languages));
            } else if (text == null || Text.length(text) > max) {
                v.add(new Violation(field + "." + language, "must be a string of at most " + max + " characters"));
            }
        });
    }

    private static void figures(List<Violation> v, SurveyDefinition d) {
        if (d.figures() == null) {
            return;
        }
        if (d.figures().size() > MAX_FIGURES) {
            v.add(new Violation("figures", "holds at most " + MAX_FIGURES + " figures"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < d.figures().size(); i++) {
            SurveyDefinition.Figure figure = d.figures().get(i);
            String p = "figures[" + i + "]";
            if (figure == null) {
                v.add(new Violation(p, "must not be null"));
                continue;
            }
            if (figure.id() == null || figure.id().isBlank()) {
                v.add(new Violation(p + ".id", "must not be empty"));
            } else if (!ids.add(figure.id())) {
                v.add(new Violation(p + ".id", "'" + figure.id() + "' is used twice"));
            }
            tooLong(v, p + ".id", figure.id(), MAX_FIGURE_ID);
            if (figure.title() == null || figure.title().isBlank()) {
                v.add(new Violation(p + ".title", "must not be empty"));
            }
            tooLong(v, p + ".title", figure.title(), MAX_TITLE);
            tooLong(v, p + ".source", figure.source(), MAX_TITLE);
            if (figure.questions() == null || figure.questions().isEmpty() || figure.questions().size() > MAX_FIGURE_QUESTIONS) {
                v.add(new Violation(p + ".questions", "needs 1 to " + MAX_FIGURE_QUESTIONS + " questions or dimensions"));
                continue;
            }
            Set<String> shown = new HashSet<>();
            for (int q = 0; q < figure.questions().size(); q++) {
                String code = figure.questions().get(q);
                if (code == null || d.analysed(code).filter(c -> QuestionType.isCategorical(c.type())).isEmpty()) {
                    v.add(new Violation(p + ".questions[" + q + "]",
                            "must name a choice, yes/no or country question or a dimension of this definition"));
                } else if (!shown.add(code)) {
                    v.add(new Violation(p + ".questions[" + q + "]", "'" + code + "' is named twice"));
                }
            }
        }
    }

    private static void dimensions(List<Violation> v, List<SurveyDefinition.Dimension> dimensions,
            Map<String, SurveyDefinition.Question> questions) {
        if (dimensions == null) {
            return;
        }
        if (dimensions.size() > MAX_DIMENSIONS) {
            v.add(new Violation("dimensions", "holds at most " + MAX_DIMENSIONS + " dimensions"));
            return;
        }
        Set<String> codes = new HashSet<>(questions.keySet());
        for (int i = 0; i < dimensions.size(); i++) {
            SurveyDefinition.Dimension dimension = dimensions.get(i);
            String p = "dimensions[" + i + "]";
            if (dimension == null) {
                v.add(new Violation(p, "must not be null"));
                continue;
            }
            if (dimension.code() == null || !dimension.code().matches("[a-z][a-z0-9_]{0,60}")) {
                v.add(new Violation(p + ".code", "must be lower-case letters, digits and underscores"));
            } else if (!codes.add(dimension.code())) {
                v.add(new Violation(p + ".code", "'" + dimension.code() + "' is already a question or dimension"));
            }
            if (dimension.text() == null || dimension.text().isBlank()) {
                v.add(new Violation(p + ".text", "must not be empty"));
            }
            tooLong(v, p + ".text", dimension.text(), MAX_TEXT);
            groups(v, p, dimension.groups(), questions);
        }
    }

    private static void groups(List<Violation> v, String p, List<SurveyDefinition.Group> groups,
            Map<String, SurveyDefinition.Question> questions) {
        if (groups == null || groups.size() < 2 || groups.size() > MAX_OPTIONS) {
            v.add(new Violation(p + ".groups", "a dimension needs 2 to " + MAX_OPTIONS + " groups"));
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            SurveyDefinition.Group group = groups.get(g);
            String gp = p + ".groups[" + g + "]";
            if (group == null) {
                v.add(new Violation(gp, "must not be null"));
                continue;
            }
            if (group.code() == null || !group.code().matches(ANSWER_CODE)) {
                v.add(new Violation(gp + ".code", "must be lower-case letters, digits and dashes"));
            } else if (!codes.add(group.code())) {
                v.add(new Violation(gp + ".code", "'" + group.code() + "' is used twice"));
            }
            label(v, gp + ".label", group.label());
            if (group.when() == null || group.when().isEmpty()) {
                if (g != groups.size() - 1) {
                    v.add(new Violation(gp + ".when", "only the last group may take the rest (no conditions)"));
                }
            } else if (group.when().size() > MAX_GROUP_CONDITIONS) {
                v.add(new Violation(gp + ".when", "holds at most " + MAX_GROUP_CONDITIONS + " conditions"));
            } else {
                for (int c = 0; c < group.when().size(); c++) {
                    if (group.when().get(c) == null) {
                        v.add(new Violation(gp + ".when[" + c + "]", "must not be null"));
                    } else {
                        condition(v, gp + ".when[" + c + "]", group.when().get(c), questions, true);
                    }
                }
            }
        }
    }

    private static void options(List<Violation> v, String p, SurveyDefinition.Question q) {
        if (q.options() == null || q.options().size() < 2 || q.options().size() > MAX_OPTIONS) {
            v.add(new Violation(p + ".options", "a choice question needs 2 to " + MAX_OPTIONS + " options"));
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int o = 0; o < q.options().size(); o++) {
            SurveyDefinition.Option option = q.options().get(o);
            if (option == null || option.code() == null || !option.code().matches(ANSWER_CODE)
                    || QuestionType.OTHER.equals(option.code())) {
                v.add(new Violation(p + ".options[" + o + "].code",
                        "must be lower-case letters, digits, dashes and underscores, and not 'other' (use otherOption)"));
            } else if (!codes.add(option.code())) {
                v.add(new Violation(p + ".options[" + o + "].code", "'" + option.code() + "' is used twice"));
            }
            if (option != null) {
                label(v, p + ".options[" + o + "].label", option.label());
            }
            if (option != null && option.isExclusive() && !QuestionType.MULTIPLE_CHOICE.equals(q.type())) {
                v.add(new Violation(p + ".options[" + o + "].exclusive", "only a multiple-choice option can be exclusive"));
            }
        }
    }

    /** An option's or a group's label: shown to people, so never empty, and bounded. */
    private static void label(List<Violation> v, String field, String label) {
        if (label == null || label.isBlank()) {
            v.add(new Violation(field, "must not be empty"));
        }
        tooLong(v, field, label, MAX_LABEL);
    }

    private static void tooLong(List<Violation> v, String field, String text, int max) {
        if (text != null && Text.length(text) > max) {
            v.add(new Violation(field, "must be at most " + max + " characters"));
        }
    }

    /** The further conditions of a question's condition: at most {@value #MAX_GROUP_CONDITIONS}, each plain. */
    private static void allOf(List<Violation> v, String p, SurveyDefinition.Condition c, Map<String, SurveyDefinition.Question> earlier) {
        if (c.allOf() == null) {
            return;
        }
        if (c.allOf().size() > MAX_GROUP_CONDITIONS) {
            v.add(new Violation(p + ".allOf", "holds at most " + MAX_GROUP_CONDITIONS + " conditions"));
            return;
        }
        for (int i = 0; i < c.allOf().size(); i++) {
            SurveyDefinition.Condition further = c.allOf().get(i);
            if (further == null || further.allOf() != null) {
                v.add(new Violation(p + ".allOf[" + i + "]", "must be a condition without allOf of its own"));
            } else {
                condition(v, p + ".allOf[" + i + "]", further, earlier, false);
            }
        }
    }

    /** A question's condition (on an earlier choice or yes/no question) or a group's (also on a country question). */
    private static void condition(List<Violation> v, String p, SurveyDefinition.Condition c,
            Map<String, SurveyDefinition.Question> earlier, boolean countries) {
        SurveyDefinition.Question on = c.question() == null ? null : earlier.get(c.question());
        if (countries && c.allOf() != null) {
            v.add(new Violation(p + ".allOf", "a group's when is already a list of conditions that must all hold"));
        }
        if (on == null) {
            v.add(new Violation(p + ".question", countries ? "must name a question" : "must name an earlier question"));
        } else if (!on.isChoice() && !QuestionType.YES_NO.equals(on.type()) && !(countries && QuestionType.COUNTRY.equals(on.type()))) {
            v.add(new Violation(p + ".question", countries ? "must name a choice, yes/no or country question"
                    : "a condition depends on a choice or yes/no question"));
        } else if (c.anyOf() == null || c.anyOf().isEmpty() || c.anyOf().size() > MAX_OPTIONS) {
            v.add(new Violation(p + ".anyOf", "needs 1 to " + MAX_OPTIONS + " answers"));
        } else {
            for (String answer : c.anyOf()) {
                if (answer == null) {
                    v.add(new Violation(p + ".anyOf", "must not hold null"));
                    continue;
                }
                if (!on.isPossibleAnswer(answer)) {
                    v.add(new Violation(p + ".anyOf", "'" + answer + "' is not an answer of " + on.code()));
                }
            }
        }
    }
}
