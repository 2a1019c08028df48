package org.inclusionhub.assessment.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition.Area;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition.Item;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition.Question;
import org.inclusionhub.assessment.learning.LearningRanking.Advice;
import org.inclusionhub.assessment.learning.LearningRanking.Candidate;
import org.inclusionhub.assessment.learning.LearningRanking.Recommendation;
import org.junit.jupiter.api.Test;

/** The documented rule of {@link LearningRanking}, one clause per test. */
class LearningRankingTest {

    private static final FrameworkDefinition CHECKLIST = new FrameworkDefinition("check", 1, "Check", null, "checklist", null,
            List.of(new Area("A", "Area A", List.of(new Question("A.1", "Question?", List.of(new Item("A.1.1", "One"),
                    new Item("A.1.2", "Two"), new Item("A.1.3", "Three"))))),
                    new Area("B", "Area B", List.of(new Question("B.1", "Question?", List.of(new Item("B.1.1", "Four")))))));
    private static final FrameworkDefinition BENCHMARK = new FrameworkDefinition("bench", 1, "Bench", null, "benchmark",
            null, List.of(new Area("BM1", "Benchmark one", List.of(new Question("BM1.KF1", "Key factor one", List.of()),
                    new Question("BM1.KF2", "Key factor two", List.of())))));

    private static final SubjectContext SUBJECT = context("Subject", "BE", List.of("employment", "housing"), List.of("refugees"));

    @Test
    void weakPointsAreUnmetItemsAndAreasBelowTheMeanInTheFrameworksOrder() {
        LearningProfile subject = checklist("Subject", Map.of("A.1.1", 0, "A.1.2", 1, "A.1.3", 0, "B.1.1", 0),
                Map.of("A", 33.33, "B", 0.0));
        List<LearningRanking.WeakPoint> weak = LearningRanking.weakPoints(CHECKLIST, subject, Map.of("A", 50.0, "B", 0.0));
        assertThat(weak).extracting(LearningRanking.WeakPoint::code).containsExactly("A", "A.1.1", "A.1.3", "B.1.1");
        assertThat(weak.get(0).kind()).isEqualTo(LearningRanking.AREA);
        assertThat(weak.get(0).mean()).isEqualTo(50.0);
    }

    @Test
    void keyFactorsAtMaturityZeroOrOneAreWeakAndTwoOrThreeAreStrongHigherFirst() {
        LearningProfile subject = benchmark("Subject", Map.of("BM1.KF1", 1, "BM1.KF2", 2));
        assertThat(LearningRanking.weakPoints(BENCHMARK, subject, Map.of()))
                .extracting(LearningRanking.WeakPoint::code).containsExactly("BM1.KF1");
        List<Advice> advice = LearningRanking.advise(BENCHMARK, subject, SUBJECT, Map.of(), List.of(
                new Candidate(benchmark("Planned", Map.of("BM1.KF1", 1)), place("Planned")),
                new Candidate(benchmark("Partly", Map.of("BM1.KF1", 2)), place("Partly")),
                new Candidate(benchmark("Fully", Map.of("BM1.KF1", 3)), place("Fully"))), List.of(), 5);
        assertThat(names(advice.get(0))).containsExactly("Fully", "Partly");
        assertThat(advice.get(0).learnFrom().get(0).why()).startsWith("Maturity 3 at BM1.KF1");
    }

    @Test
    void breadthThenRelevanceThenOverallScoreThenNameDecide() {
        LearningProfile subject = checklist("Subject", Map.of("A.1.1", 0, "A.1.2", 0, "A.1.3", 1), Map.of());
        List<Candidate> candidates = List.of(
                new Candidate(checklist("Zeta broad", Map.of("A.1.1", 1, "A.1.2", 1), Map.of(), 10.0),
                        context("Zeta broad", "NO", List.of(), List.of())),
                new Candidate(checklist("Relevant", Map.of("A.1.1", 1), Map.of(), 10.0),
                        context("Relevant", "BE", List.of("employment"), List.of())),
                new Candidate(checklist("High score", Map.of("A.1.1", 1), Map.of(), 90.0),
                        context("High score", "NO", List.of(), List.of())),
                new Candidate(checklist("beta tie", Map.of("A.1.1", 1), Map.of(), 50.0),
                        context("beta tie", "NO", List.of(), List.of())),
                new Candidate(checklist("Alpha tie", Map.of("A.1.1", 1), Map.of(), 50.0),
                        context("Alpha tie", "NO", List.of(), List.of())),
                new Candidate(checklist("Not met", Map.of("A.1.1", 0), Map.of(), 99.0),
                        context("Not met", "BE", List.of("employment"), List.of())));
        List<Advice> advice = LearningRanking.advise(CHECKLIST, subject, SUBJECT, Map.of(), candidates, List.of(), 10);
        assertThat(names(advice.get(0))).containsExactly("Zeta broad", "Relevant", "High score", "Alpha tie", "beta tie");
        Recommendation broad = advice.get(0).learnFrom().get(0);
        assertThat(broad.alsoStrongAt()).containsExactly("A.1.2");
        assertThat(advice.get(0).learnFrom().get(1).relevance().sharedThemes()).containsExactly("employment");
        assertThat(advice.get(0).learnFrom().get(1).why()).isEqualTo("Meets A.1.1; shares theme employment, country; "
                + "overall score 10.0");
    }

    @Test
    void unassessedPracticesWithSomethingInCommonFollowEveryAssessedOne() {
        LearningProfile subject = checklist("Subject", Map.of("A.1.1", 0), Map.of());
        List<Candidate> assessed = List.of(new Candidate(checklist("Assessed", Map.of("A.1.1", 1), Map.of(), 10.0),
                context("Assessed", "NO", List.of(), List.of())));
        List<SubjectContext> unassessed = List.of(context("Unrelated", "NO", List.of("health"), List.of()),
                context("Two in common", "BE", List.of("housing"), List.of()),
                context("One in common", "NO", List.of(), List.of("refugees")));
        List<Recommendation> list = LearningRanking.advise(CHECKLIST, subject, SUBJECT, Map.of(), assessed, unassessed, 3)
                .get(0).learnFrom();
        assertThat(list).extracting(r -> r.subject().name()).containsExactly("Assessed", "Two in common", "One in common");
        assertThat(list).extracting(Recommendation::assessed).containsExactly(true, false, false);
        assertThat(list.get(1).why()).isEqualTo("Not assessed under check@1; shares theme housing, country");
        assertThat(LearningRanking.advise(CHECKLIST, subject, SUBJECT, Map.of(), assessed, unassessed, 1).get(0).learnFrom())
                .extracting(r -> r.subject().name()).containsExactly("Assessed");
        // a practice the replica still offers as unassessed but assessed meanwhile is listed once, as assessed
        List<SubjectContext> stale = List.of(context("Assessed", "BE", List.of("housing"), List.of()));
        assertThat(LearningRanking.advise(CHECKLIST, subject, SUBJECT, Map.of(), assessed, stale, 3).get(0).learnFrom())
                .extracting(Recommendation::assessed).containsExactly(true);
    }

    @Test
    void nothingWeakMeansNoAdviceAndTheSubjectNeverRecommendsItself() {
        LearningProfile strong = checklist("Subject", Map.of("A.1.1", 1, "B.1.1", 1), Map.of("A", 100.0, "B", 100.0));
        assertThat(LearningRanking.advise(CHECKLIST, strong, SUBJECT, Map.of("A", 50.0), List.of(), List.of(), 5)).isEmpty();

        LearningProfile weak = checklist("Subject", Map.of("A.1.1", 0), Map.of());
        LearningProfile sameSubjectLater = new LearningProfile(UUID.randomUUID(), "check@1", weak.subject(), Instant.now(),
                null, Map.of(), Map.of("A.1.1", 1));
        assertThat(LearningRanking.advise(CHECKLIST, weak, SUBJECT, Map.of(), List.of(new Candidate(sameSubjectLater, SUBJECT)),
                List.of(), 5).get(0).learnFrom()).isEmpty();
    }

    @Test
    void anAreaBelowItsMeanIsLearnedFromSubjectsAtOrAboveTheMean() {
        LearningProfile subject = checklist("Subject", Map.of("A.1.1", 1), Map.of("A", 40.0));
        List<Candidate> candidates = List.of(
                new Candidate(checklist("Above", Map.of(), Map.of("A", 80.0), 0.0), place("Above")),
                new Candidate(checklist("At mean", Map.of(), Map.of("A", 60.0), 0.0), place("At mean")),
                new Candidate(checklist("Below mean", Map.of(), Map.of("A", 50.0), 0.0), place("Below mean")));
        Advice area = LearningRanking.advise(CHECKLIST, subject, SUBJECT, Map.of("A", 60.0), candidates, List.of(), 5).get(0);
        assertThat(area.weakPoint().kind()).isEqualTo(LearningRanking.AREA);
        assertThat(names(area)).containsExactly("Above", "At mean");
    }

    private static List<String> names(Advice advice) {
        return advice.learnFrom().stream().map(r -> r.subject().name()).toList();
    }

    private static LearningProfile checklist(String name, Map<String, Integer> levels, Map<String, Double> areas) {
        return checklist(name, levels, areas, null);
    }

    private static LearningProfile checklist(String name, Map<String, Integer> levels, Map<String, Double> areas,
            Double overall) {
        return new LearningProfile(UUID.randomUUID(), "check@1", new LearningSubject(LearningSubject.PRACTICE,
                UUID.nameUUIDFromBytes(name.getBytes()), null, null), Instant.now(), overall, areas, levels);
    }

    private static LearningProfile benchmark(String name, Map<String, Integer> levels) {
        return new LearningProfile(UUID.randomUUID(), "bench@1", new LearningSubject(LearningSubject.PLACE, null, name, "BE"),
                Instant.now(), null, Map.of(), levels);
    }

    private static SubjectContext context(String name, String country, List<String> themes, List<String> groups) {
        return new SubjectContext(UUID.nameUUIDFromBytes(name.getBytes()), name, country, null, null, themes, groups);
    }

    private static SubjectContext place(String name) {
        return SubjectContext.place(name, "NO");
    }
}
