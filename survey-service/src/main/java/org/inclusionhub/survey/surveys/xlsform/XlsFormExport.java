package org.inclusionhub.survey.surveys.xlsform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition.Option;
import org.inclusionhub.survey.surveys.SurveyDefinition.Question;
import org.inclusionhub.survey.surveys.SurveyDefinition.Section;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.YesNoLabels;

/**
 * Writes a survey definition as an XLSForm workbook that {@link XlsFormImport} reads back to the same definition.
 * Each choice question gets its own list, named after it. Types XLSForm has no word for travel as an XLSForm
 * type plus our {@code inclusionhub_type} column (yes/no as {@code select_one yes_no}, country as text, rating and
 * year as integer); exclusive options and the description have a column of their own. Computed dimensions and
 * report figures are statistics settings, not part of a form, and are not written.
 */
public final class XlsFormExport {

    private XlsFormExport() {
    }

    public static void write(SurveyDefinition d, OutputStream out) throws IOException {
        List<String> languages = d.languages() == null ? List.of() : d.languages();
        Workbook workbook = new Workbook(out, "Inclusion Hub", "1.0");
        Worksheet survey = workbook.newWorksheet("survey");
        Worksheet choices = workbook.newWorksheet("choices");
        Worksheet settings = workbook.newWorksheet("settings");

        List<String> surveyHeader = new ArrayList<>(List.of("type", "name"));
        surveyHeader.addAll(translatable("label", languages));
        surveyHeader.addAll(translatable("hint", languages));
        surveyHeader.addAll(List.of("required", "relevant", "constraint", XlsFormImport.OWN_TYPE));
        row(survey, 0, surveyHeader);
        List<String> choiceHeader = new ArrayList<>(List.of("list_name", "name"));
        choiceHeader.addAll(translatable("label", languages));
        choiceHeader.add(XlsFormImport.OWN_EXCLUSIVE);
        row(choices, 0, choiceHeader);

        int surveyRow = 1;
        int choiceRow = 1;
        List<String> open = new ArrayList<>();
        for (Question q : d.questions()) {
            surveyRow = moveToSection(d, survey, surveyRow, open, q.section(), languages);
            List<String> cells = new ArrayList<>(List.of(type(q), q.code()));
            cells.addAll(texts(q.text(), q.texts(), languages));
            cells.addAll(texts(q.hint(), q.hints(), languages));
            cells.add(q.isRequired() ? "yes" : "");
            cells.add(q.condition() == null ? "" : XlsFormExpressions.relevant(q.condition(),
                    code -> d.question(code).map(Question::type).orElse(null)));
            cells.add(XlsFormExpressions.constraint(q.min(), q.max(), q.maxLength()));
            cells.add(ownType(q));
            row(survey, surveyRow++, cells);
            for (Option o : QuestionType.YES_NO.equals(q.type()) ? YesNoLabels.options(languages) : q.answerOptions()) {
                List<String> choice = new ArrayList<>(List.of(listName(q), o.code()));
                choice.addAll(optionTexts(o, languages));
                choice.add(o.exclusive() == null ? "" : o.exclusive() ? "yes" : "no");
                row(choices, choiceRow++, choice);
            }
        }
        moveToSection(d, survey, surveyRow, open, null, languages);

        row(settings, 0, List.of("form_id", "form_title", "version", "default_language", XlsFormImport.OWN_DESCRIPTION));
        row(settings, 1, List.of(d.code(), d.title(), String.valueOf(d.version()), languages.isEmpty() ? "" : languages.get(0),
                Objects.requireNonNullElse(d.description(), "")));
        workbook.finish();
    }

    /** Closes and opens groups so that the next question sits in {@code target}; returns the next free row. */
    private static int moveToSection(SurveyDefinition d, Worksheet survey, int row, List<String> open, String target,
            List<String> languages) {
        while (!open.isEmpty() && (target == null || !(target + "/").startsWith(open.get(open.size() - 1) + "/"))) {
            open.remove(open.size() - 1);
            row(survey, row++, List.of("end_group"));
        }
        if (target == null) {
            return row;
        }
        String[] parts = target.split("/");
        for (int depth = open.size(); depth < parts.length; depth++) {
            String path = String.join("/", java.util.Arrays.copyOf(parts, depth + 1));
            Section section = d.sections() == null ? null
                    : d.sections().stream().filter(s -> s.path().equals(path)).findFirst().orElse(null);
            List<String> cells = new ArrayList<>(List.of("begin_group", parts[depth]));
            cells.addAll(texts(section == null ? null : section.text(), section == null ? null : section.texts(), languages));
            row(survey, row++, cells);
            open.add(path);
        }
        return row;
    }

    private static String type(Question q) {
        String other = q.allowsOther() ? " or_other" : "";
        return switch (q.type()) {
            case QuestionType.SINGLE_CHOICE -> "select_one " + listName(q) + other;
            case QuestionType.MULTIPLE_CHOICE -> "select_multiple " + listName(q) + other;
            case QuestionType.YES_NO -> "select_one " + listName(q);
            case QuestionType.FREE_TEXT, QuestionType.COUNTRY -> "text";
            case QuestionType.RATING, QuestionType.YEAR -> "integer";
            default -> q.type(); // integer, decimal, date, note
        };
    }

    private static String ownType(Question q) {
        return switch (q.type()) {
            case QuestionType.YES_NO, QuestionType.COUNTRY, QuestionType.RATING, QuestionType.YEAR -> q.type();
            default -> "";
        };
    }

    private static String listName(Question q) {
        return q.code();
    }

    private static List<String> translatable(String column, List<String> languages) {
        return languages.isEmpty() ? List.of(column) : languages.stream().map(l -> column + "::" + l).toList();
    }

    /** An option's label per language; one without any translations reads as its own label in each (not blank). */
    private static List<String> optionTexts(Option o, List<String> languages) {
        if (o.labels() == null && !languages.isEmpty()) {
            return languages.stream().map(l -> o.label()).toList();
        }
        return texts(o.label(), o.labels(), languages);
    }

    private static List<String> texts(String text, Map<String, String> texts, List<String> languages) {
        if (languages.isEmpty()) {
            return List.of(Objects.requireNonNullElse(text, ""));
        }
        return languages.stream().map(l -> texts == null ? "" : Objects.requireNonNullElse(texts.get(l), "")).toList();
    }

    private static void row(Worksheet sheet, int row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                sheet.inlineString(row, c, cells.get(c));
            }
        }
    }
}
