package org.inclusionhub.survey.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusionhub.survey.domain.QuestionType;
import org.inclusionhub.survey.domain.SurveyDefinition;
import org.inclusionhub.survey.domain.SurveyResponse;

/**
 * The CSV layout of a survey's responses: one column per question; a multiple-choice question as one
 * 0/1 column per option ({@code question:option}); an "other" text as {@code question:other_text}.
 * Choice answers are written as codes, or as labels on request.
 */
public final class ResponseCsv {

    private final SurveyDefinition definition;
    private final boolean labels;

    public ResponseCsv(SurveyDefinition definition, boolean labels) {
        this.definition = definition;
        this.labels = labels;
    }

    public List<String> header() {
        List<String> header = new ArrayList<>(List.of("id", "partner", "status", "created_at", "updated_at"));
        for (SurveyDefinition.Question q : definition.questions()) {
            if (QuestionType.MULTIPLE_CHOICE.equals(q.type())) {
                q.optionCodes().forEach(o -> header.add(q.code() + ":" + o));
            } else {
                header.add(q.code());
            }
            if (q.allowsOther()) {
                header.add(q.code() + ":other_text");
            }
        }
        return header;
    }

    public List<String> row(SurveyResponse r) {
        List<String> row = new ArrayList<>(List.of(r.id.toString(), r.owner, r.status, r.createdAt.toString(),
                r.updatedAt.toString()));
        Map<String, Object> answers = r.answers();
        Map<String, String> otherText = r.otherText();
        for (SurveyDefinition.Question q : definition.questions()) {
            Object answer = answers.get(q.code());
            if (QuestionType.MULTIPLE_CHOICE.equals(q.type())) {
                List<?> selected = answer instanceof List<?> l ? l : List.of();
                q.optionCodes().forEach(o -> row.add(answer == null ? "" : selected.contains(o) ? "1" : "0"));
            } else if (answer == null) {
                row.add("");
            } else if (labels && QuestionType.SINGLE_CHOICE.equals(q.type())) {
                row.add(q.labelOf(answer.toString()));
            } else {
                row.add(answer.toString());
            }
            if (q.allowsOther()) {
                row.add(otherText.getOrDefault(q.code(), ""));
            }
        }
        return row;
    }
}
