package org.inclusionhub.assessment.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;

class ScoringTest {

    private static final FrameworkDefinition CHECKLIST = new FrameworkDefinition("c", 1, "C", null, "checklist", null, List.of(
            new FrameworkDefinition.Area("A", "Area A", List.of(
                    new FrameworkDefinition.Question("A.1", "q1", List.of(item("A.1.1"), item("A.1.2"), item("A.1.3"))),
                    new FrameworkDefinition.Question("A.2", "q2", List.of(item("A.2.1"), item("A.2.2"))))),
            new FrameworkDefinition.Area("B", "Area B", List.of(
                    new FrameworkDefinition.Question("B.1", "q3", List.of(item("B.1.1"), item("B.1.2"), item("B.1.3"), item("B.1.4")))))));

    private static final FrameworkDefinition BENCHMARK = new FrameworkDefinition("b", 1, "B", null, "benchmark", null, List.of(
            new FrameworkDefinition.Area("BM0", "General", List.of(
                    new FrameworkDefinition.Question("BM0.KF1", "kf1", List.of(item("BM0.KF1.Q1"))),
                    new FrameworkDefinition.Question("BM0.KF2", "kf2", List.of()),
                    new FrameworkDefinition.Question("BM0.KF3", "kf3", List.of())))));

    private static FrameworkDefinition.Item item(String code) {
        return new FrameworkDefinition.Item(code, "text of " + code);
    }

    private static AssessmentContent.Rating r(String item, String rating) {
        return new AssessmentContent.Rating(item, rating);
    }

    @Test
    void checklistScoreIsMetOverRatedAndSkipsNotApplicableItemsAndAbsentQuestions() {
        Scores s = Scoring.score(CHECKLIST,
                List.of(new AssessmentContent.Answer("A.2", false, null)),
                List.of(r("A.1.1", "met"), r("A.1.2", "not-met"), r("A.1.3", "not-applicable"),
                        r("B.1.1", "met"), r("B.1.2", "met"), r("B.1.3", "met"), r("B.1.4", "not-met")));

        Scores.AreaScore a = s.area("A");
        assertThat(a.line().met()).isEqualTo(1);
        assertThat(a.line().rated()).isEqualTo(2);
        assertThat(a.line().total()).isEqualTo(5);
        assertThat(a.line().score()).isEqualTo(50.0);
        assertThat(a.line().coverage()).isEqualTo(0.4);
        assertThat(a.questions().get(1).applicable()).isFalse();
        assertThat(a.questions().get(1).line().score()).isNull();

        assertThat(s.area("B").line().score()).isEqualTo(75.0);
        // overall pools the items: 4 met of 6 rated, not the mean of the area scores
        assertThat(s.overall().met()).isEqualTo(4);
        assertThat(s.overall().rated()).isEqualTo(6);
        assertThat(s.overall().score()).isEqualTo(66.67);
        assertThat(s.overall().coverage()).isEqualTo(0.6667);
    }

    /** SPRING assessments leave out the guiding questions that do not apply: one left out reads back as not applicable. */
    @Test
    void aQuestionLeftOutReadsBackAsNotApplicableUnlessDeclaredApplicable() {
        Scores s = Scoring.score(CHECKLIST, List.of(new AssessmentContent.Answer("B.1", true, null)),
                List.of(r("A.1.1", "met"), r("A.1.3", "not-applicable")));
        assertThat(s.area("A").questions().get(0).applicable()).isTrue();
        assertThat(s.area("A").questions().get(1).applicable()).isFalse();
        assertThat(s.area("B").questions().get(0).applicable()).isTrue();
        assertThat(s.area("B").line().rated()).isZero();
        // the figures do not move: unrated items count in coverage either way
        assertThat(s.overall().rated()).isEqualTo(1);
        assertThat(s.overall().total()).isEqualTo(9);
        assertThat(s.overall().score()).isEqualTo(100.0);
    }

    @Test
    void anAbsentQuestionIgnoresRatingsItMightCarry() {
        Scores s = Scoring.score(CHECKLIST, List.of(new AssessmentContent.Answer("B.1", false, null)),
                List.of(r("B.1.1", "not-met")));
        assertThat(s.area("B").line().rated()).isZero();
        assertThat(s.area("B").line().score()).isNull();
        assertThat(s.overall().score()).isNull();
    }

    @Test
    void benchmarkScoreIsMeanMaturityNormalisedTo100() {
        Scores s = Scoring.score(BENCHMARK, List.of(), List.of(r("BM0.KF1", "3"), r("BM0.KF2", "1"), r("BM0.KF3", "not-applicable")));
        assertThat(s.overall().rated()).isEqualTo(2);
        assertThat(s.overall().total()).isEqualTo(3);
        assertThat(s.overall().meanMaturity()).isEqualTo(2.0);
        assertThat(s.overall().score()).isEqualTo(66.67);
        assertThat(s.overall().met()).isNull();
        assertThat(s.area("BM0").questions().get(0).line().score()).isEqualTo(100.0);
    }

    @Test
    void nothingRatedHasNoScoreAndNoCoverage() {
        Scores s = Scoring.score(CHECKLIST, List.of(), List.of());
        assertThat(s.overall().score()).isNull();
        assertThat(s.overall().coverage()).isZero();
        assertThat(s.overall().total()).isEqualTo(9);
    }
}
