package org.inclusionhub.assessment.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;

/**
 * Mentor–mentee pairs among the places assessed against one benchmark framework, as IncluCities paired a
 * mentor city strong on one benchmark with a mentee city that wanted to build it (README "Learn from whom").
 * <p>
 * A place's level at a benchmark (an area) is the mean maturity of the key factors it rated there, 0 to 3, from
 * its latest submitted assessment. It is a <b>mentee</b> at benchmarks where that mean is at most
 * {@value #MENTEE_MAX} (planned at best), and can <b>mentor</b> at benchmarks where it is at least
 * {@value #MENTOR_MIN} (partly in place or better). A mentee is offered only mentors that meet that threshold at
 * one of its weak benchmarks; with none, it gets none rather than a weak one. Per benchmark the complementarity is
 * the mentor's mean minus the mentee's (so at least 1). Mentors of a mentee are ordered by the number of its weak
 * benchmarks they cover, then the summed complementarity, then name.
 */
public final class MentorPairing {

    /** A place is a mentee at a benchmark whose mean maturity is at most this. */
    public static final double MENTEE_MAX = 1.0;
    /** A place can mentor at a benchmark whose mean maturity is at least this. */
    public static final double MENTOR_MIN = 2.0;

    /** A place's level at one benchmark, as mentor and mentee compare. */
    public record BenchmarkGap(
            @Schema(required = true, description = "The benchmark (area) code", examples = "BM2") String code,
            @Schema(required = true, examples = "How to build a vision of a ‘city for all’") String title,
            @Schema(required = true, description = "The mentor's mean maturity there, 0 to 3", examples = "2.6")
            double mentor,
            @Schema(required = true, description = "The mentee's mean maturity there, 0 to 3", examples = "0.6")
            double mentee,
            @Schema(required = true, description = "mentor minus mentee, in maturity points", examples = "2.0")
            double complementarity) {
    }

    /** A place proposed as mentor, with the benchmarks it covers. */
    public record Mentor(@Schema(required = true) LearningSubject place,
            @Schema(required = true, description = "Its latest submitted assessment",
                    examples = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID assessmentId,
            @Schema(required = true, description = "The mentee's weak benchmarks where it can mentor")
            List<BenchmarkGap> benchmarks,
            @Schema(required = true, description = "The summed complementarity of those benchmarks", examples = "2.0")
            double complementarity) {
    }

    /** A place weak at one or more benchmarks and the mentors proposed for it (possibly none). */
    public record Mentee(@Schema(required = true) LearningSubject place,
            @Schema(required = true, examples = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID assessmentId,
            @Schema(required = true, description = "Benchmark codes where its mean maturity is at most 1",
                    examples = "[\"BM2\"]") List<String> weakBenchmarks,
            @Schema(required = true, description = "Best first, at most size; empty when no place is strong enough")
            List<Mentor> mentors) {
    }

    private MentorPairing() {
    }

    /** The mentees among {@code places} (latest submitted place assessments), by name, each with up to {@code size} mentors. */
    public static List<Mentee> pair(FrameworkDefinition f, List<LearningProfile> places, int size) {
        Map<LearningProfile, Map<String, Double>> levels = new LinkedHashMap<>();
        places.forEach(p -> levels.put(p, benchmarkLevels(f, p)));
        List<Mentee> mentees = new ArrayList<>();
        for (LearningProfile mentee : sortedByName(places)) {
            Map<String, Double> own = levels.get(mentee);
            List<String> weak = f.areas().stream().map(FrameworkDefinition.Area::code)
                    .filter(a -> own.containsKey(a) && own.get(a) <= MENTEE_MAX).toList();
            if (weak.isEmpty()) {
                continue;
            }
            List<Mentor> mentors = new ArrayList<>();
            for (LearningProfile mentor : places) {
                if (mentor == mentee || mentor.subject().key().equals(mentee.subject().key())) {
                    continue;
                }
                Map<String, Double> theirs = levels.get(mentor);
                List<BenchmarkGap> gaps = f.areas().stream()
                        .filter(a -> weak.contains(a.code()) && theirs.getOrDefault(a.code(), 0.0) >= MENTOR_MIN)
                        .map(a -> new BenchmarkGap(a.code(), a.title(), theirs.get(a.code()), own.get(a.code()),
                                round(theirs.get(a.code()) - own.get(a.code()))))
                        .toList();
                if (!gaps.isEmpty()) {
                    mentors.add(new Mentor(mentor.subject(), mentor.assessmentId(), gaps,
                            round(gaps.stream().mapToDouble(BenchmarkGap::complementarity).sum())));
                }
            }
            mentors.sort(Comparator.comparingInt((Mentor m) -> -m.benchmarks().size())
                    .thenComparing(Mentor::complementarity, Comparator.reverseOrder())
                    .thenComparing(m -> nameOf(m.place()))
                    .thenComparing(Mentor::assessmentId));
            mentees.add(new Mentee(mentee.subject(), mentee.assessmentId(), weak,
                    List.copyOf(mentors.subList(0, Math.min(size, mentors.size())))));
        }
        return mentees;
    }

    /** Benchmark code to the mean maturity of the key factors rated there (benchmarks with none rated are absent). */
    static Map<String, Double> benchmarkLevels(FrameworkDefinition f, LearningProfile p) {
        Map<String, Double> levels = new LinkedHashMap<>();
        for (FrameworkDefinition.Area area : f.areas()) {
            List<Integer> rated = area.questions().stream().map(q -> p.level(q.code())).filter(l -> l != null).toList();
            if (!rated.isEmpty()) {
                levels.put(area.code(), round(rated.stream().mapToInt(Integer::intValue).average().orElseThrow()));
            }
        }
        return levels;
    }

    private static List<LearningProfile> sortedByName(List<LearningProfile> places) {
        return places.stream().sorted(Comparator.comparing((LearningProfile p) -> nameOf(p.subject()))
                .thenComparing(LearningProfile::assessmentId)).toList();
    }

    private static String nameOf(LearningSubject s) {
        return s.name() == null ? "" : s.name().toLowerCase(Locale.ROOT);
    }

    /** Two decimals, as the scores. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
