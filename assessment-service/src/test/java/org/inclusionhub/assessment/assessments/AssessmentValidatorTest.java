package org.inclusionhub.assessment.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.inclusionhub.commons.domain.Violation;
import org.junit.jupiter.api.Test;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;

class AssessmentValidatorTest {

    private static final FrameworkDefinition F = new FrameworkDefinition("c", 1, "C", null, "checklist", null, List.of(
            new FrameworkDefinition.Area("A", "Area A", List.of(
                    new FrameworkDefinition.Question("A.1", "q1", List.of(new FrameworkDefinition.Item("A.1.1", "i"))),
                    new FrameworkDefinition.Question("A.2", "q2", List.of(new FrameworkDefinition.Item("A.2.1", "i")))))));

    private static AssessmentContent content(List<AssessmentContent.Answer> answers, List<AssessmentContent.Rating> ratings) {
        return new AssessmentContent("c", 1, new AssessmentContent.Subject("practice", UUID.randomUUID(), null, null),
                "Assessor", answers, ratings, List.of()).normalised();
    }

    @Test
    void codesMustBelongToTheFrameworkAndRatingsFitTheScale() {
        List<Violation> v = AssessmentValidator.validateAgainst(F, content(
                List.of(new AssessmentContent.Answer("Z.9", true, "x")),
                List.of(new AssessmentContent.Rating("A.1.1", "excellent"), new AssessmentContent.Rating("A.1.9", "met"),
                        new AssessmentContent.Rating("A.1.1", "met"))));
        assertThat(v).extracting(Violation::field)
                .containsExactlyInAnyOrder("answers[0].question", "ratings[0].rating", "ratings[1].item", "ratings[2].item");
    }

    @Test
    void aNotApplicableQuestionTakesNoRatings() {
        List<Violation> v = AssessmentValidator.validateAgainst(F, content(
                List.of(new AssessmentContent.Answer("A.2", false, null)),
                List.of(new AssessmentContent.Rating("A.2.1", "met"))));
        assertThat(v).singleElement().extracting(Violation::message).asString().contains("marked not applicable");
    }

    @Test
    void aPlaceNeedsABenchmarkANameAndACountry() {
        AssessmentContent place = new AssessmentContent("c", 1, new AssessmentContent.Subject("place", null, " ", "XX"),
                "A", null, null, List.of("not a url")).normalised();
        assertThat(AssessmentValidator.validateShape(place)).extracting(Violation::field)
                .containsExactlyInAnyOrder("subject.name", "subject.country", "evidence[0]");
        assertThat(AssessmentValidator.validateAgainst(F, place)).extracting(Violation::field).containsExactly("subject.type");
    }

    @Test
    void evidenceAndNarrativesAreBounded() {
        List<String> urls = java.util.stream.IntStream.range(0, 100_000).mapToObj(i -> "https://example.org/" + i).toList();
        AssessmentContent many = new AssessmentContent("c", 1, new AssessmentContent.Subject("practice", UUID.randomUUID(), null, null),
                "A", null, null, urls).normalised();
        assertThat(AssessmentValidator.validateShape(many)).extracting(Violation::field).containsExactly("evidence");
        List<AssessmentContent.Answer> long_ = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> new AssessmentContent.Answer("A." + i, true, "\u0001".repeat(20_000))).toList();
        AssessmentContent wordy = new AssessmentContent("c", 1, new AssessmentContent.Subject("practice", UUID.randomUUID(), null, null),
                "A", long_, null, null).normalised();
        assertThat(AssessmentValidator.validateAgainst(F, wordy)).extracting(Violation::field).containsExactly("answers");
    }
}
