package org.inclusionhub.survey.surveys.xlsform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition.Condition;
import org.inclusionhub.survey.surveys.SurveyDefinition.Option;
import org.inclusionhub.survey.surveys.SurveyDefinition.Question;
import org.inclusionhub.survey.surveys.SurveyDefinition.Section;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.xlsform.XlsFormWorkbook.Line;
import org.inclusionhub.survey.surveys.xlsform.XlsFormWorkbook.Table;

/**
 * Turns an XLSForm workbook into a survey definition (a draft to publish). What it reads:
 * <ul>
 * <li>{@code survey}: {@code type} ({@code select_one list}, {@code select_multiple list}, either with {@code or_other};
 * {@code integer}, {@code decimal}, {@code text}, {@code date}, {@code note}, {@code begin_group}/{@code end_group}),
 * {@code name}, {@code label} or {@code label::Language}, {@code hint} likewise, {@code required}, {@code relevant}
 * and {@code constraint} as {@link XlsFormExpressions} reads them;</li>
 * <li>{@code choices}: {@code list_name}, {@code name}, {@code label} or {@code label::Language};</li>
 * <li>{@code settings}: {@code form_id} (the survey code), {@code form_title}, {@code version} (a whole number from 1),
 * {@code default_language}.</li>
 * </ul>
 * Columns {@link #OWN_COLUMNS} carry what XLSForm has no word for, so that a definition written by
 * {@link XlsFormExport} reads back the same. Anything else with a value (another type, {@code appearance},
 * {@code constraint_message}, repeats) is refused, named by sheet, row and column: nothing is dropped silently.
 */
public final class XlsFormImport {

    /** Our own columns: the question type XLSForm has no word for, an exclusive option, the description. */
    public static final String OWN_TYPE = "inclusionhub_type";
    public static final String OWN_EXCLUSIVE = "inclusionhub_exclusive";
    public static final String OWN_DESCRIPTION = "inclusionhub_description";
    static final Set<String> OWN_COLUMNS = Set.of(OWN_TYPE, OWN_EXCLUSIVE, OWN_DESCRIPTION);

    private static final Set<String> SURVEY_COLUMNS = Set.of("type", "name", "label", "hint", "required", "relevant",
            "constraint", OWN_TYPE);
    private static final Set<String> CHOICE_COLUMNS = Set.of("list_name", "name", "label", OWN_EXCLUSIVE);
    private static final Set<String> SETTINGS_COLUMNS = Set.of("form_id", "form_title", "version", "default_language",
            OWN_DESCRIPTION);
    /** XLSForm types our own types travel as, with {@link #OWN_TYPE} naming ours. */
    private static final Map<String, String> OWN_TYPES_CARRIED_BY = Map.of(QuestionType.RATING, "integer",
            QuestionType.YEAR, "integer", QuestionType.COUNTRY, "text", QuestionType.YES_NO, "select_one");

    private final XlsFormWorkbook workbook;
    private final List<Violation> violations = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final List<Integer> questionRows = new ArrayList<>();
    private String defaultLanguage;

    private XlsFormImport(XlsFormWorkbook workbook) {
        this.workbook = workbook;
    }

    /** A definition's question field: its index, and the rest ({@code .condition.question}). */
    private static final java.util.regex.Pattern QUESTION_FIELD = java.util.regex.Pattern.compile("questions\\[(\\d+)](.*)");

    /** The definition read, and the survey sheet's row of each of its questions (for naming later problems). */
    public record Imported(SurveyDefinition definition, List<Integer> questionRows) {

        /**
         * A definition violation ({@code questions[3].code}) named by the workbook's sheet and row instead
         * ({@code survey[6].code}); others (code, version, title) by the settings sheet.
         */
        public Violation located(Violation violation) {
            java.util.regex.Matcher m = QUESTION_FIELD.matcher(violation.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < questionRows.size()) {
                String column = switch (m.group(2)) {
                    case ".code" -> ".name";
                    case ".text" -> ".label";
                    case ".min", ".max", ".maxLength" -> ".constraint";
                    default -> m.group(2).startsWith(".condition") ? ".relevant" : m.group(2);
                };
                return new Violation("survey[" + questionRows.get(Integer.parseInt(m.group(1))) + "]" + column, violation.message());
            }
            String field = switch (violation.field()) {
                case "code" -> "settings.form_id";
                case "title" -> "settings.form_title";
                default -> "settings." + violation.field();
            };
            return new Violation(field, violation.message());
        }
    }

    /** @throws UnprocessableException listing every row and column that cannot be held */
    public static Imported definitionOf(XlsFormWorkbook workbook) {
        XlsFormImport reading = new XlsFormImport(workbook);
        SurveyDefinition definition = reading.read();
        if (!reading.violations.isEmpty()) {
            throw XlsFormProblems.refused(reading.violations);
        }
        return new Imported(definition, List.copyOf(reading.questionRows));
    }

    private SurveyDefinition read() {
        knownColumns(workbook.survey(), SURVEY_COLUMNS);
        knownColumns(workbook.choices(), CHOICE_COLUMNS);
        knownColumns(workbook.settings(), SETTINGS_COLUMNS);
        languages(workbook.survey(), workbook.choices());
        Line settings = workbook.settings().rows().isEmpty() ? new Line(2, Map.of()) : workbook.settings().rows().get(0);
        String code = settings.get("form_id");
        if (code.isEmpty()) {
            violations.add(XlsFormProblems.at("settings", settings.number(), "form_id", "is required: it becomes the survey's code"));
        }
        Integer version = wholeNumber(settings, "version");
        String title = settings.get("form_title").isEmpty() ? code : settings.get("form_title");
        String description = settings.get(OWN_DESCRIPTION).isEmpty() ? null : settings.get(OWN_DESCRIPTION);
        Map<String, List<Option>> lists = choiceLists();
        List<Question> questions = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        questionsAndSections(lists, questions, sections);
        return new SurveyDefinition(code, version, title, description, questions, null, null,
                languages.isEmpty() ? null : List.copyOf(languages), sections.isEmpty() ? null : sections);
    }

    private void knownColumns(Table table, Set<String> known) {
        for (String header : table.headers()) {
            String base = header.contains("::") ? header.substring(0, header.indexOf("::")) : header;
            boolean translatable = base.equals("label") || base.equals("hint");
            if (header.isEmpty() || known.contains(header) || (header.contains("::") && translatable)) {
                continue;
            }
            table.rows().stream().filter(line -> !line.get(header).isEmpty()).findFirst().ifPresent(line -> violations.add(
                    XlsFormProblems.at(table.name(), line.number(), header, "the column '" + header + "' (" + table.columnLetter(header)
                            + ") cannot be held by a survey definition; remove it or leave it empty")));
        }
    }

    /** The languages of the label and hint columns, in column order; the default first. */
    private void languages(Table... tables) {
        Set<String> named = new LinkedHashSet<>();
        boolean plain = false;
        for (Table table : tables) {
            for (String header : table.headers()) {
                if (header.startsWith("label::") || header.startsWith("hint::")) {
                    named.add(header.substring(header.indexOf("::") + 2));
                } else if (header.equals("label")) {
                    plain = plain || table == workbook.survey();
                }
            }
        }
        if (named.isEmpty()) {
            return;
        }
        if (plain) {
            violations.add(XlsFormProblems.at("survey", 1, "label", "use either a label column or label::language columns, not both"));
        }
        Line settings = workbook.settings().rows().isEmpty() ? null : workbook.settings().rows().get(0);
        defaultLanguage = settings == null || settings.get("default_language").isEmpty() ? named.iterator().next()
                : settings.get("default_language");
        if (!named.contains(defaultLanguage)) {
            violations.add(XlsFormProblems.at("settings", settings.number(), "default_language", "'" + defaultLanguage
                    + "' is not one of the label languages " + named));
            defaultLanguage = named.iterator().next();
        }
        languages.add(defaultLanguage);
        named.stream().filter(l -> !l.equals(defaultLanguage)).forEach(languages::add);
    }

    private Map<String, List<Option>> choiceLists() {
        Map<String, List<Option>> lists = new LinkedHashMap<>();
        for (Line line : workbook.choices().rows()) {
            String list = line.get("list_name");
            if (list.isEmpty()) {
                violations.add(XlsFormProblems.at("choices", line.number(), "list_name", "is required"));
                continue;
            }
            Text label = text(workbook.choices(), line, "label");
            String exclusive = line.get(OWN_EXCLUSIVE);
            lists.computeIfAbsent(list, k -> new ArrayList<>()).add(new Option(line.get("name"), label.text(),
                    exclusive.isEmpty() ? null : yes(workbook.choices(), line, OWN_EXCLUSIVE), label.texts()));
        }
        return lists;
    }

    private void questionsAndSections(Map<String, List<Option>> lists, List<Question> questions, List<Section> sections) {
        Deque<String> open = new ArrayDeque<>();
        for (Line line : workbook.survey().rows()) {
            String[] type = line.get("type").split("\\s+");
            String name = line.get("name");
            String section = open.isEmpty() ? null : open.peek();
            switch (type[0]) {
                case "begin_group", "begin" -> {
                    if (type[0].equals("begin") && (type.length < 2 || !type[1].equals("group"))) {
                        unsupportedType(line);
                        continue;
                    }
                    Text label = text(workbook.survey(), line, "label");
                    String path = section == null ? name : section + "/" + name;
                    sections.add(new Section(path, label.text(), label.texts()));
                    open.push(path);
                }
                case "end_group", "end" -> {
                    if ((type[0].equals("end") && (type.length < 2 || !type[1].equals("group"))) || open.isEmpty()) {
                        violations.add(XlsFormProblems.at("survey", line.number(), "type", open.isEmpty()
                                ? "end_group without a begin_group" : "'" + line.get("type") + "' is not a supported type"));
                        continue;
                    }
                    open.pop();
                }
                default -> {
                    Question q = question(line, type, section, lists);
                    if (q != null) {
                        questions.add(q);
                        questionRows.add(line.number());
                    }
                }
            }
        }
        if (!open.isEmpty()) {
            violations.add(XlsFormProblems.at("survey", 0, "type", "the group '" + open.peek() + "' is never closed with end_group"));
        }
    }

    private Question question(Line line, String[] type, String section, Map<String, List<Option>> lists) {
        String own = line.get(OWN_TYPE);
        String ours = switch (type[0]) {
            case "select_one" -> QuestionType.SINGLE_CHOICE;
            case "select_multiple" -> QuestionType.MULTIPLE_CHOICE;
            case "integer" -> QuestionType.INTEGER;
            case "decimal" -> QuestionType.DECIMAL;
            case "text" -> QuestionType.FREE_TEXT;
            case "date" -> QuestionType.DATE;
            case "note" -> QuestionType.NOTE;
            default -> null;
        };
        if (ours == null) {
            unsupportedType(line);
            return null;
        }
        List<Option> options = null;
        boolean other = false;
        if (ours.equals(QuestionType.SINGLE_CHOICE) || ours.equals(QuestionType.MULTIPLE_CHOICE)) {
            other = type.length == 3 && type[2].equals("or_other");
            if (type.length < 2 || type.length > 3 || (type.length == 3 && !other)) {
                violations.add(XlsFormProblems.at("survey", line.number(), "type", "'" + line.get("type")
                        + "' must be " + type[0] + " followed by a choice list name, and optionally or_other"));
                return null;
            }
            options = lists.get(type[1]);
            if (options == null) {
                violations.add(XlsFormProblems.at("survey", line.number(), "type", "the choice list '" + type[1]
                        + "' is not on the choices sheet"));
                return null;
            }
        } else if (type.length > 1) {
            unsupportedType(line);
            return null;
        }
        if (!own.isEmpty()) {
            if (!type[0].equals(OWN_TYPES_CARRIED_BY.get(own))) {
                violations.add(XlsFormProblems.at("survey", line.number(), OWN_TYPE, "'" + own + "' must travel as "
                        + OWN_TYPES_CARRIED_BY.getOrDefault(own, "(none: one of " + OWN_TYPES_CARRIED_BY.keySet() + ")")));
                return null;
            }
            ours = own;
            options = own.equals(QuestionType.YES_NO) ? null : options;
        }
        Text label = text(workbook.survey(), line, "label");
        Text hint = text(workbook.survey(), line, "hint");
        Condition condition = null;
        if (!line.get("relevant").isEmpty()) {
            try {
                // whether it names earlier questions and possible answers, DefinitionValidator checks (named here by located)
                condition = XlsFormExpressions.relevant(line.get("relevant"));
            } catch (IllegalArgumentException e) {
                violations.add(XlsFormProblems.at("survey", line.number(), "relevant", e.getMessage()));
            }
        }
        XlsFormExpressions.Bounds bounds = new XlsFormExpressions.Bounds(null, null, null);
        if (!line.get("constraint").isEmpty()) {
            try {
                bounds = XlsFormExpressions.constraint(line.get("constraint"));
            } catch (IllegalArgumentException e) {
                violations.add(XlsFormProblems.at("survey", line.number(), "constraint", e.getMessage()));
            }
        }
        boolean required = !line.get("required").isEmpty() && yes(workbook.survey(), line, "required");
        return new Question(line.get("name"), label.text(), ours, required ? Boolean.TRUE : null, options,
                other ? Boolean.TRUE : null, bounds.min(), bounds.max(), bounds.maxLength(), condition,
                hint.text(), section, label.texts(), hint.texts());
    }

    private void unsupportedType(Line line) {
        violations.add(XlsFormProblems.at("survey", line.number(), "type", "'" + line.get("type") + "' is not one of "
                + "select_one, select_multiple, integer, decimal, text, date, note, begin_group, end_group"));
    }

    /** A text in the default language, and in every language when the form has several. */
    private record Text(String text, Map<String, String> texts) {
    }

    private Text text(Table table, Line line, String column) {
        if (languages.isEmpty()) {
            String plain = line.get(column);
            return new Text(plain.isEmpty() ? null : plain, null);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : languages) {
            String value = line.get(column + "::" + language);
            if (!value.isEmpty()) {
                texts.put(language, value);
            }
        }
        String main = texts.get(defaultLanguage);
        if (main == null && !texts.isEmpty()) {
            violations.add(XlsFormProblems.at(table.name(), line.number(), column + "::" + defaultLanguage,
                    "is empty while other languages have a " + column + "; the default language needs one"));
        }
        return new Text(main, texts.isEmpty() ? null : texts);
    }

    private boolean yes(Table table, Line line, String column) {
        return switch (line.get(column).toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true", "true()", "1" -> true;
            case "no", "false", "false()", "0" -> false;
            default -> {
                violations.add(XlsFormProblems.at(table.name(), line.number(), column, "'" + line.get(column)
                        + "' is not yes or no (nor true() or false())"));
                yield false;
            }
        };
    }

    private Integer wholeNumber(Line line, String column) {
        String text = line.get(column);
        if (text.isEmpty()) {
            return 1;
        }
        try {
            return Integer.valueOf(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
        } catch (NumberFormatException e) {
            violations.add(XlsFormProblems.at("settings", line.number(), column, "'" + text
                    + "' is not a whole number; the survey's version is 1, 2, 3 ..."));
            return null;
        }
    }
}
