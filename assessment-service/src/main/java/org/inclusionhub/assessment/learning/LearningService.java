package org.inclusionhub.assessment.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.AssessmentService;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.frameworks.FrameworkService;
import org.inclusionhub.assessment.stats.FrameworkStatistics;
import org.inclusionhub.assessment.stats.StatisticsReader;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.NotFoundException;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.statistics.StatisticKey;

/**
 * "Learn from whom": recommendations for an assessment, the leaders of one criterion and mentor–mentee pairs,
 * read from the learning projection, the practice replica and the score statistics (never from another service).
 * The rules are {@link LearningRanking}'s and {@link MentorPairing}'s.
 */
@ApplicationScoped
public class LearningService {

    /** Unassessed practices looked at per request, before the relevance rule orders them. */
    static final int UNASSESSED_LOOKED_AT = 200;

    /** An assessment's weak points, each with whom to learn from. */
    public record Recommendations(
            @Schema(required = true, examples = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID assessmentId,
            @Schema(required = true, examples = "spring-gpc") String framework,
            @Schema(required = true, examples = "1") int frameworkVersion,
            @Schema(required = true, description = "The assessed subject") LearningSubject subject,
            @Schema(required = true, description = "Per area in the framework's order: the area when below the mean, "
                    + "then its weak items or key factors; empty when nothing is weak") List<LearningRanking.Advice> weakPoints) {
    }

    /** A subject that meets or masters one criterion. */
    public record Leader(@Schema(required = true) LearningSubject subject,
            @Schema(required = true, examples = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID assessmentId,
            @Schema(required = true, description = "1 for a met checklist item; a key factor's maturity, 2 or 3",
                    examples = "1") int level,
            @Schema(description = "Its overall score, 0 to 100", examples = "85.71") Double overallScore,
            @Schema(required = true, examples = "2026-11-30T10:15:30Z") Instant submittedAt) {
    }

    /** Who meets or masters one criterion, best first. */
    public record Leaders(@Schema(required = true, examples = "spring-gpc") String framework,
            @Schema(required = true, examples = "1") int frameworkVersion,
            @Schema(required = true, description = "The item or key factor", examples = "IP.2.1") String item,
            @Schema(required = true, examples = "Consider integration as a two-way process, and aim for change on the "
                    + "side of the receiving society.") String text,
            @Schema(required = true, description = "All subjects that meet or master it (after the filters)",
                    examples = "3") long total,
            @Schema(required = true, description = "By level, then overall score, then name; at most size")
            List<Leader> items) {
    }

    /** The mentor–mentee pairs of a benchmark framework version. */
    public record Pairings(@Schema(required = true, examples = "inclucities-benchmarks") String framework,
            @Schema(required = true, examples = "1") int frameworkVersion,
            @Schema(required = true, description = "A mentee's benchmark mean maturity is at most this", examples = "1.0")
            double menteeMax,
            @Schema(required = true, description = "A mentor's benchmark mean maturity is at least this",
                    examples = "2.0") double mentorMin,
            @Schema(required = true, description = "Every place weak at a benchmark, by name")
            List<MentorPairing.Mentee> mentees) {
    }

    private final AssessmentService assessments;
    private final FrameworkService frameworks;
    private final StatisticsReader statistics;
    private final LearningProfileStore store;

    public LearningService(AssessmentService assessments, FrameworkService frameworks, StatisticsReader statistics,
            LearningProfileStore store) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.statistics = statistics;
        this.store = store;
    }

    /**
     * @throws NotFoundException when the assessment does not exist or is a draft the caller may not read
     */
    @Transactional
    public Recommendations recommendations(UUID assessmentId, Caller caller, int size) {
        Assessment a = assessments.read(assessmentId, caller);
        FrameworkDefinition f = frameworks.get(a.frameworkCode, a.frameworkVersion).definition;
        LearningSubject subject = new LearningSubject(a.subjectType, a.practiceId, a.subjectName, a.subjectCountry);
        LearningProfile profile = LearningProfile.of(a.id, f.key(), subject, a.submittedAt, a.scores, a.ratings);
        SubjectContext own = subject.isPractice()
                ? store.practiceContexts(List.of(a.practiceId)).getOrDefault(a.practiceId,
                        SubjectContext.unknownPractice(a.practiceId))
                : SubjectContext.place(a.subjectName, a.subjectCountry);
        List<LearningRanking.Candidate> candidates = candidates(f);
        Map<String, Double> means = new HashMap<>();
        for (FrameworkStatistics.AreaMean m : statistics.read(f, StatisticKey.ALL).areas()) {
            if (m.mean() != null) {
                means.put(m.code(), m.mean());
            }
        }
        List<LearningRanking.Advice> advice = LearningRanking.advise(f, profile, own, means, candidates,
                store.unassessed(f.key(), own, UNASSESSED_LOOKED_AT), size);
        return new Recommendations(a.id, f.code(), f.version(), subject.named(own), advice);
    }

    /**
     * @throws NotFoundException when the framework version or the item is unknown
     */
    @Transactional
    public Leaders leaders(String code, Integer version, String item, String country, String theme, int size) {
        FrameworkDefinition f = frameworks.get(code, version).definition;
        if (!f.ratedCodes().contains(item)) {
            throw new NotFoundException("Rated item of " + f.key(), item);
        }
        String text = f.isBenchmark() ? f.question(item).orElseThrow().text()
                : f.items().filter(i -> i.code().equals(item)).findFirst().orElseThrow().text();
        int strong = f.isBenchmark() ? LearningRanking.STRONG_MATURITY : 1;
        List<Leader> leaders = new ArrayList<>();
        for (LearningRanking.Candidate c : candidates(f)) {
            LearningProfile p = c.profile();
            Integer level = p.level(item);
            SubjectContext context = c.context();
            if (level == null || level < strong
                    || (country != null && !country.equalsIgnoreCase(String.valueOf(context.country())))
                    || (theme != null && !context.themes().contains(theme))) {
                continue;
            }
            leaders.add(new Leader(p.subject().named(context), p.assessmentId(), level, p.overall(), p.submittedAt()));
        }
        leaders.sort(Comparator.comparingInt((Leader l) -> -l.level())
                .thenComparing(Leader::overallScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(l -> l.subject().name() == null ? "" : l.subject().name().toLowerCase(Locale.ROOT))
                .thenComparing(Leader::assessmentId));
        return new Leaders(f.code(), f.version(), item, text, leaders.size(),
                List.copyOf(leaders.subList(0, Math.min(size, leaders.size()))));
    }

    /**
     * @throws NotFoundException when the framework version is unknown
     * @throws InvalidInputException (field {@code code}) when it is a checklist: places are assessed against benchmarks
     */
    @Transactional
    public Pairings pairings(String code, Integer version, int size) {
        FrameworkDefinition f = frameworks.get(code, version).definition;
        if (!f.isBenchmark()) {
            throw InvalidInputException.of(List.of(new Violation("code", "'" + code + "' is a checklist; mentor-mentee "
                    + "pairs are made among places, which are assessed against benchmark frameworks")));
        }
        return new Pairings(f.code(), f.version(), MentorPairing.MENTEE_MAX, MentorPairing.MENTOR_MIN,
                MentorPairing.pair(f, store.latestPlaces(f.key()), size));
    }

    /** The latest profile of every subject assessed under the framework version, with its catalogue context. */
    private List<LearningRanking.Candidate> candidates(FrameworkDefinition f) {
        List<LearningProfile> latest = store.latest(f.key());
        Map<UUID, SubjectContext> practices = store.practiceContexts(
                latest.stream().map(p -> p.subject().practiceId()).filter(Objects::nonNull).toList());
        return latest.stream().map(p -> new LearningRanking.Candidate(p, contextOf(p, practices))).toList();
    }

    private static SubjectContext contextOf(LearningProfile p, Map<UUID, SubjectContext> practices) {
        LearningSubject s = p.subject();
        if (!s.isPractice()) {
            return SubjectContext.place(s.name(), s.country());
        }
        return practices.getOrDefault(s.practiceId(), SubjectContext.unknownPractice(s.practiceId()));
    }
}
