package org.inclusionhub.survey.responses.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inclusionhub.survey.responses.SurveyResponse;
import org.inclusionhub.survey.surveys.QuestionType;
import org.inclusionhub.survey.surveys.SurveyDefinition.Question;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/**
 * The table layout of a survey's responses, for CSV and XLSX, over one or several versions of the survey.
 * Fixed columns first ({@code id, partner, survey_version, status, created_at, updated_at}), then one
 * column per question; a multiple-choice question as one 0/1 column per option ({@code question:option});
 * an "other" text as {@code question:other_text}. Across versions the columns are the union: the newest
 * version's in its order, then those only older versions have. A cell whose question or option the
 * response's version does not have is empty. Choice answers are written as codes, or as labels on request.
 */
public final class ResponseTable {

    private static final List<String> FIXED = List.of("id", "partner", "survey_version", "status", "created_at", "updated_at");

    private enum Kind { ANSWER, OPTION, OTHER_TEXT }

    private record Column(String name, String question, String option, Kind kind, boolean number) {
    }

    /** Question types whose answers are numbers (written as codes, not labels). */
    private static final Set<String> NUMBER_TYPES = Set.of(QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.RATING,
            QuestionType.YEAR);

    /** Per version, its questions by code. */
    private final Map<Integer, Map<String, Question>> versions;
    private final List<Column> columns;
    private final boolean labels;

    /** @param definitions the versions the table covers, at least one */
    public ResponseTable(List<SurveyDefinition> definitions, boolean labels) {
        this.versions = definitions.stream().collect(Collectors.toMap(SurveyDefinition::version,
                d -> d.questions().stream().collect(Collectors.toMap(Question::code, Function.identity()))));
        this.labels = labels;
        Map<String, Column> union = new LinkedHashMap<>();
        definitions.stream().sorted(Comparator.comparingInt(SurveyDefinition::version).reversed())
                .forEach(d -> columnsOf(d).forEach(c -> union.putIfAbsent(c.name(), c)));
        this.columns = List.copyOf(union.values());
    }

    public List<String> header() {
        List<String> header = new ArrayList<>(FIXED);
        columns.forEach(c -> header.add(c.name()));
        return header;
    }

    /** The header names of the columns holding numbers: the version, a multiple choice's 0/1 option columns, numeric answers. */
    public Set<String> numberColumns() {
        Set<String> names = new java.util.HashSet<>(Set.of("survey_version"));
        columns.stream().filter(Column::number).forEach(c -> names.add(c.name()));
        return names;
    }

    public List<String> row(SurveyResponse r) {
        List<String> row = new ArrayList<>(List.of(r.id.toString(), r.owner, Integer.toString(r.surveyVersion), r.status,
                r.createdAt.toString(), r.updatedAt.toString()));
        Map<String, Question> questions = versions.getOrDefault(r.surveyVersion, Map.of());
        Map<String, Object> answers = r.answers();
        Map<String, String> otherText = r.otherText();
        for (Column column : columns) {
            Question q = questions.get(column.question());
            row.add(q == null ? "" : cell(column, q, answers.get(q.code()), otherText));
        }
        return row;
    }

    private String cell(Column column, Question q, Object answer, Map<String, String> otherText) {
        boolean multiple = QuestionType.MULTIPLE_CHOICE.equals(q.type());
        return switch (column.kind()) {
            case OPTION -> {
                if (!multiple || !q.optionCodes().contains(column.option()) || answer == null) {
                    yield "";
                }
                yield answer instanceof List<?> selected && selected.contains(column.option()) ? "1" : "0";
            }
            case ANSWER -> {
                if (multiple || answer == null) {
                    yield "";
                }
                yield labels ? q.answerText(answer.toString()) : answer.toString();
            }
            case OTHER_TEXT -> q.allowsOther() ? otherText.getOrDefault(q.code(), "") : "";
        };
    }

    private static List<Column> columnsOf(SurveyDefinition definition) {
        List<Column> columns = new ArrayList<>();
        for (Question q : definition.questions()) {
            if (QuestionType.NOTE.equals(q.type())) {
                continue;
            }
            if (QuestionType.MULTIPLE_CHOICE.equals(q.type())) {
                q.optionCodes().forEach(o -> columns.add(new Column(q.code() + ":" + o, q.code(), o, Kind.OPTION, true)));
            } else {
                columns.add(new Column(q.code(), q.code(), null, Kind.ANSWER, NUMBER_TYPES.contains(q.type())));
            }
            if (q.allowsOther()) {
                columns.add(new Column(q.code() + ":other_text", q.code(), null, Kind.OTHER_TEXT, false));
            }
        }
        return columns;
    }
}
