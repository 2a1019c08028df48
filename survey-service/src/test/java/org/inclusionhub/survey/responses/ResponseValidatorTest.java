package org.inclusionhub.survey.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.inclusionhub.commons.domain.Violation;
import org.junit.jupiter.api.Test;
import org.inclusionhub.survey.surveys.DefinitionValidator;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.inclusionhub.survey.surveys.TestSurveys;

/** The validation matrix: every question type, required answers, bounds, options, "other" and conditions. */
class ResponseValidatorTest {

    static final SurveyDefinition SURVEY = TestSurveys.small();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ResponseValidator.Result validate(String answers, Map<String, String> otherText) throws Exception {
        return ResponseValidator.validate(SURVEY, content(answers, otherText));
    }

    private static Map<String, String> problems(ResponseValidator.Result r) {
        Map<String, String> byField = new java.util.TreeMap<>();
        for (Violation v : r.violations()) {
            byField.put(v.field(), v.message());
        }
        return byField;
    }

    @Test
    void aTextLimitCountsCharactersAsAPersonDoes() throws Exception {
        // name holds at most 100 characters; an emoji is one of them (two UTF-16 units)
        String hundred = "\uD83C\uDF0D".repeat(100);
        String answers = "{\"name\":\"%s\",\"country\":\"DE\",\"type\":\"formal\",\"fields\":[\"education\"],"
                + "\"evaluated\":\"no\"}";
        assertThat(validate(answers.formatted(hundred), Map.of()).violations()).isEmpty();
        assertThat(problems(validate(answers.formatted(hundred + "\uD83C\uDF0D"), Map.of()))).containsKey("answers.name");
    }

    @Test
    void aCompleteValidResponseIsReadIntoPlainValues() throws Exception {
        ResponseValidator.Result r = validate("""
                {"name":"Net","country":"DE","founded":2015,"type":"informal","fields":["education","other"],
                 "members":12,"budget":1500.5,"satisfaction":4,"evaluated":"yes","evaluation":"external"}""",
                Map.of("fields", "Sports"));
        assertThat(r.violations()).isEmpty();
        assertThat(r.answers()).containsEntry("founded", 2015L).containsEntry("fields", List.of("education", "other"))
                .containsEntry("evaluation", "external");
        assertThat(r.otherText()).containsEntry("fields", "Sports");
    }

    @Test
    void everyTypeRejectsWhatDoesNotFit() throws Exception {
        ResponseValidator.Result r = validate("""
                {"name":123,"country":"Germany","founded":1850,"type":"secret","fields":["education","education"],
                 "members":2.5,"budget":"lots","satisfaction":9,"evaluated":"maybe","extra":1}""", Map.of());
        assertThat(problems(r)).containsOnlyKeys("answers.name", "answers.country", "answers.founded", "answers.type",
                "answers.fields", "answers.members", "answers.budget", "answers.satisfaction", "answers.evaluated",
                "answers.extra");
        assertThat(problems(r).get("answers.founded")).isEqualTo("must be between 1900 and 2021");
        assertThat(problems(r).get("answers.fields")).contains("selected twice");
    }

    @Test
    void requiredQuestionsMustBeAnswered() throws Exception {
        assertThat(problems(validate("{\"fields\":[]}", Map.of())))
                .containsOnlyKeys("answers.name", "answers.country", "answers.type", "answers.fields", "answers.evaluated");
    }

    @Test
    void aConditionalQuestionIsAskedOnlyWhenItsConditionHolds() throws Exception {
        String base = "\"name\":\"N\",\"country\":\"IE\",\"type\":\"formal\",\"fields\":[\"health\"]";
        assertThat(problems(validate("{" + base + ",\"evaluated\":\"no\",\"evaluation\":\"external\"}", Map.of())))
                .containsOnlyKeys("answers.evaluation");
        assertThat(problems(validate("{" + base + ",\"evaluated\":\"yes\"}", Map.of())))
                .containsOnlyKeys("answers.evaluation");
        assertThat(validate("{" + base + ",\"evaluated\":\"no\"}", Map.of()).isValid()).isTrue();
    }

    @Test
    void otherTextGoesOnlyWithTheAnswerOther() throws Exception {
        String base = "\"name\":\"N\",\"country\":\"IE\",\"type\":\"formal\",\"evaluated\":\"no\"";
        assertThat(problems(validate("{" + base + ",\"fields\":[\"health\"]}", Map.of("fields", "Sports"))))
                .containsOnlyKeys("otherText.fields");
        assertThat(problems(validate("{" + base + ",\"fields\":[\"other\"]}", Map.of("type", "x"))))
                .containsOnlyKeys("otherText.type");
    }

    /** "None" and "no statement" are chosen alone or not at all. */
    @Test
    void anExclusiveOptionIsChosenAloneOrNotAtAll() throws Exception {
        SurveyDefinition.Question fields = SURVEY.question("fields").orElseThrow();
        List<SurveyDefinition.Option> options = new java.util.ArrayList<>(fields.options());
        options.add(new SurveyDefinition.Option("no-statement", "No statement", true));
        SurveyDefinition withNone = new SurveyDefinition(SURVEY.code(), SURVEY.version(), SURVEY.title(), null,
                SURVEY.questions().stream().map(q -> q != fields ? q : new SurveyDefinition.Question(q.code(), q.text(), q.type(),
                        q.required(), options, q.otherOption(), q.min(), q.max(), q.maxLength(), q.condition())).toList());
        assertThat(DefinitionValidator.validate(withNone)).isEmpty();
        String base = "\"name\":\"N\",\"country\":\"IE\",\"type\":\"formal\",\"evaluated\":\"no\"";
        assertThat(problems(ResponseValidator.validate(withNone, content("{" + base + ",\"fields\":[\"health\",\"no-statement\"]}"))))
                .containsEntry("answers.fields", "'no-statement' is chosen alone or not at all");
        assertThat(ResponseValidator.validate(withNone, content("{" + base + ",\"fields\":[\"no-statement\"]}")).isValid()).isTrue();
    }

    private static ResponseContent content(String answers) throws Exception {
        return content(answers, Map.of());
    }

    private static ResponseContent content(String answers, Map<String, String> otherText) throws Exception {
        Map<String, JsonNode> nodes = new java.util.LinkedHashMap<>();
        JSON.readTree(answers).fields().forEachRemaining(e -> nodes.put(e.getKey(), e.getValue()));
        return new ResponseContent(nodes, otherText);
    }

    /** A condition with allOf asks its question only when every part holds (XLSForm's and). */
    @Test
    void aConditionWithAllOfAsksOnlyWhenEveryPartHolds() {
        SurveyDefinition.Condition both = new SurveyDefinition.Condition("evaluated", List.of("yes"),
                List.of(new SurveyDefinition.Condition("type", List.of("formal"))));
        assertThat(both.holds(Map.of("evaluated", "yes", "type", "formal"))).isTrue();
        assertThat(both.holds(Map.of("evaluated", "yes", "type", "informal"))).isFalse();
        assertThat(both.holds(Map.of("type", "formal"))).isFalse();
        assertThat(both.describe()).isEqualTo("evaluated being one of [yes] and type being one of [formal]");
    }
}
