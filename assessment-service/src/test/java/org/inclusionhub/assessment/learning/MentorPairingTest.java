package org.inclusionhub.assessment.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition.Area;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition.Question;
import org.junit.jupiter.api.Test;

/** Pairs on constructed places where the right pairs are known. */
class MentorPairingTest {

    private static final FrameworkDefinition BENCHMARKS = new FrameworkDefinition("bench", 1, "Bench", null, "benchmark",
            null, List.of(area("BM1"), area("BM2"), area("BM3")));

    @Test
    void aMenteeGetsTheMentorsStrongWhereItIsWeakAndNoneWhenNobodyIsStrongEnough() {
        List<LearningProfile> places = List.of(
                place("Mentor one", Map.of("BM1.KF1", 3, "BM1.KF2", 3, "BM2.KF1", 2, "BM2.KF2", 1)),
                place("Mentee one", Map.of("BM1.KF1", 0, "BM1.KF2", 1, "BM2.KF1", 2, "BM2.KF2", 2)),
                place("Mentor two", Map.of("BM2.KF1", 3, "BM2.KF2", 2, "BM1.KF1", 2, "BM1.KF2", 1)),
                place("Mentee two", Map.of("BM2.KF1", 0, "BM2.KF2", 0, "BM1.KF1", 2, "BM1.KF2", 1)),
                place("Alone", Map.of("BM3.KF1", 1, "BM3.KF2", 0)));
        List<MentorPairing.Mentee> mentees = MentorPairing.pair(BENCHMARKS, places, 3);

        assertThat(mentees).extracting(m -> m.place().name()).containsExactly("Alone", "Mentee one", "Mentee two");
        assertThat(mentees.get(0).weakBenchmarks()).containsExactly("BM3");
        assertThat(mentees.get(0).mentors()).isEmpty();
        MentorPairing.Mentee one = mentees.get(1);
        assertThat(one.weakBenchmarks()).containsExactly("BM1");
        // Mentor two is at 1.5 on BM1: not weak, not strong enough to mentor
        assertThat(one.mentors()).extracting(m -> m.place().name()).containsExactly("Mentor one");
        assertThat(one.mentors().get(0).benchmarks().get(0).complementarity()).isEqualTo(2.5);
        // a mentee at one benchmark can mentor at another: Mentee one is at 2.0 on BM2
        assertThat(mentees.get(2).mentors()).extracting(m -> m.place().name()).containsExactly("Mentor two", "Mentee one");
    }

    @Test
    void mentorsCoveringMoreWeakBenchmarksComeFirstThenTheLargerGapThenName() {
        List<LearningProfile> places = List.of(
                place("Weak everywhere", Map.of("BM1.KF1", 0, "BM1.KF2", 0, "BM2.KF1", 1, "BM2.KF2", 1)),
                place("Strong at one, by far", Map.of("BM1.KF1", 3, "BM1.KF2", 3)),
                place("Strong at both", Map.of("BM1.KF1", 2, "BM1.KF2", 2, "BM2.KF1", 2, "BM2.KF2", 2)),
                place("b same", Map.of("BM2.KF1", 2, "BM2.KF2", 2)),
                place("A same", Map.of("BM2.KF1", 2, "BM2.KF2", 2)));
        MentorPairing.Mentee mentee = MentorPairing.pair(BENCHMARKS, places, 3).get(0);
        assertThat(mentee.mentors()).extracting(m -> m.place().name())
                .containsExactly("Strong at both", "Strong at one, by far", "A same");
        assertThat(mentee.mentors().get(0).complementarity()).isEqualTo(3.0);
    }

    private static Area area(String code) {
        return new Area(code, "Benchmark " + code, List.of(new Question(code + ".KF1", "One", List.of()),
                new Question(code + ".KF2", "Two", List.of())));
    }

    private static LearningProfile place(String name, Map<String, Integer> levels) {
        return new LearningProfile(UUID.randomUUID(), "bench@1", new LearningSubject(LearningSubject.PLACE, null, name, "BE"),
                Instant.now(), null, Map.of(), levels);
    }
}
