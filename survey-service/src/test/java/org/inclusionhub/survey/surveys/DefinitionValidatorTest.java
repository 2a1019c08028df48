package org.inclusionhub.survey.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inclusionhub.commons.domain.Violation;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTest {

    @Test
    void theTestSurveyIsValid() {
        assertThat(DefinitionValidator.validate(TestSurveys.small())).isEmpty();
    }

    @Test
    void badTypesOptionsBoundsAndConditionsAreNamed() {
        SurveyDefinition bad = new SurveyDefinition("Bad", 0, " ", null, List.of(
                new SurveyDefinition.Question("a", "A?", "dropdown", true, null, null, null, null, null, null),
                new SurveyDefinition.Question("b", "B?", "single-choice", true,
                        List.of(new SurveyDefinition.Option("x", "X")), null, null, null, null, null),
                new SurveyDefinition.Question("c", "C?", "rating", false, null, null, 5.0, 1.0, null,
                        new SurveyDefinition.Condition("later", List.of("yes"))),
                new SurveyDefinition.Question("b", "", "yes-no", false, null, null, null, null, null, null)));
        assertThat(DefinitionValidator.validate(bad)).extracting(Violation::field).containsExactlyInAnyOrder(
                "code", "version", "title", "questions[0].type", "questions[1].options", "questions[2].min",
                "questions[2].condition.question", "questions[3].code", "questions[3].text");
    }

    @Test
    void dimensionsNeedKnownCategoricalQuestionsPossibleAnswersAndTheRestLast() {
        SurveyDefinition small = TestSurveys.small();
        SurveyDefinition.Condition german = new SurveyDefinition.Condition("country", List.of("DE"));
        SurveyDefinition good = new SurveyDefinition("dims", 1, "Dims", null, small.questions(), List.of(
                new SurveyDefinition.Dimension("region", "Region", List.of(
                        new SurveyDefinition.Group("germany", "Germany", List.of(german)),
                        new SurveyDefinition.Group("rest", "Elsewhere", null)))));
        assertThat(DefinitionValidator.validate(good)).isEmpty();
        SurveyDefinition bad = new SurveyDefinition("dims", 1, "Dims", null, small.questions(), List.of(
                new SurveyDefinition.Dimension("country", "Clash", List.of(
                        new SurveyDefinition.Group("rest", "Elsewhere", null),
                        new SurveyDefinition.Group("named", "By name", List.of(new SurveyDefinition.Condition("name", List.of("x")))),
                        new SurveyDefinition.Group("nowhere", "Nowhere", List.of(new SurveyDefinition.Condition("country", List.of("XX")))),
                        new SurveyDefinition.Group("rest", "", List.of(german))))));
        assertThat(DefinitionValidator.validate(bad)).extracting(Violation::field).containsExactlyInAnyOrder(
                "dimensions[0].code", "dimensions[0].groups[0].when", "dimensions[0].groups[1].when[0].question",
                "dimensions[0].groups[2].when[0].anyOf", "dimensions[0].groups[3].code", "dimensions[0].groups[3].label");
    }

    @Test
    void figuresShowCategoricalQuestionsOnce() {
        SurveyDefinition small = TestSurveys.small();
        SurveyDefinition bad = new SurveyDefinition("figs", 1, "Figs", null, small.questions(), null, List.of(
                new SurveyDefinition.Figure("Figure 1", "Names", List.of("name", "members"), null),
                new SurveyDefinition.Figure("Figure 2", "Types", List.of("type", "type", "nothing"), null),
                new SurveyDefinition.Figure("Figure 2", "", List.of(), null)));
        assertThat(DefinitionValidator.validate(bad)).extracting(Violation::field).containsExactlyInAnyOrder(
                "figures[0].questions[0]", "figures[0].questions[1]", "figures[1].questions[1]", "figures[1].questions[2]",
                "figures[2].id", "figures[2].title", "figures[2].questions");
        SurveyDefinition good = new SurveyDefinition("figs", 1, "Figs", null, small.questions(), null, List.of(
                new SurveyDefinition.Figure("Figure 1", "Types and fields", List.of("type", "fields"), "p. 3")));
        assertThat(DefinitionValidator.validate(good)).isEmpty();
    }

    @Test
    void aResponseFallsIntoTheFirstGroupWhoseConditionsAllHold() {
        SurveyDefinition.Dimension region = new SurveyDefinition.Dimension("region", "Region", List.of(
                new SurveyDefinition.Group("german-formal", "German formal", List.of(new SurveyDefinition.Condition("country", List.of("DE")),
                        new SurveyDefinition.Condition("type", List.of("formal")))),
                new SurveyDefinition.Group("health", "Health", List.of(new SurveyDefinition.Condition("fields", List.of("health")))),
                new SurveyDefinition.Group("rest", "Elsewhere", null)));
        assertThat(region.classify(java.util.Map.of("country", "DE", "type", "formal", "fields", List.of("health")))).isEqualTo("german-formal");
        assertThat(region.classify(java.util.Map.of("country", "DE", "type", "informal", "fields", List.of("health")))).isEqualTo("health");
        assertThat(region.classify(java.util.Map.of("country", "DE", "type", "informal"))).isEqualTo("rest");
    }

    @Test
    void aNullOptionUnderAConditionIsNamedNotACrash() {
        java.util.List<SurveyDefinition.Option> options = new java.util.ArrayList<>();
        options.add(null);
        options.add(new SurveyDefinition.Option("x", "X"));
        SurveyDefinition d = new SurveyDefinition("nulls", 1, "Nulls", null, List.of(
                new SurveyDefinition.Question("a", "A?", "single-choice", true, options, null, null, null, null, null),
                new SurveyDefinition.Question("b", "B?", "free-text", false, null, null, null, null, null,
                        new SurveyDefinition.Condition("a", List.of("x", "y")))));
        assertThat(DefinitionValidator.validate(d)).extracting(Violation::field)
                .containsExactlyInAnyOrder("questions[0].options[0].code", "questions[1].condition.anyOf");
    }

    @Test
    void sizesAreBounded() {
        SurveyDefinition.Question longLabel = new SurveyDefinition.Question("a", "A?", "single-choice", true,
                List.of(new SurveyDefinition.Option("x", "X".repeat(100_000)), new SurveyDefinition.Option("y", "Y")),
                null, null, null, null, null);
        SurveyDefinition.Question negative = new SurveyDefinition.Question("b", "B?", "free-text", false, null, null, null, null,
                -1, null);
        assertThat(DefinitionValidator.validate(new SurveyDefinition("sizes", 1, "Sizes", null, List.of(longLabel, negative))))
                .extracting(Violation::field).containsExactlyInAnyOrder("questions[0].options[0].label", "questions[1].maxLength");
        List<SurveyDefinition.Question> many = java.util.stream.IntStream.range(0, DefinitionValidator.MAX_QUESTIONS + 1)
                .mapToObj(i -> new SurveyDefinition.Question("q" + i, "Q?", "free-text", false, null, null, null, null, null, null))
                .toList();
        assertThat(DefinitionValidator.validate(new SurveyDefinition("many", 1, "Many", null, many)))
                .extracting(Violation::field).containsExactly("questions");
    }

    @Test
    void onlyAMultipleChoiceOptionCanBeExclusive() {
        SurveyDefinition d = new SurveyDefinition("ex", 1, "Exclusive", null, List.of(new SurveyDefinition.Question("kind",
                "Kind", "single-choice", true, List.of(new SurveyDefinition.Option("a", "A"),
                        new SurveyDefinition.Option("none", "None", true)), null, null, null, null, null)));
        assertThat(DefinitionValidator.validate(d)).extracting(org.inclusionhub.commons.domain.Violation::field)
                .containsExactly("questions[0].options[1].exclusive");
    }
}
