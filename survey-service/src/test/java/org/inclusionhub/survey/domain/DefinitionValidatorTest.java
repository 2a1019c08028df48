package org.inclusionhub.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inclusionhub.commons.problem.Violation;
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
}
