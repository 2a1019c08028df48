package org.inclusionhub.assessment.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;

/**
 * The rule of "learn from whom" (README "Learn from whom"): what an assessment is weak at, who is strong there,
 * and in which order they are recommended.
 * <p>
 * <b>Weak points</b> of an assessment, per area in the framework's order: the area itself when its score is below
 * the mean score of that area over all submitted assessments of the framework version, then its checklist items
 * rated not met, or its benchmark key factors at maturity 0 (not in place) or 1 (planned).
 * <p>
 * <b>Strong</b> at a weak point: an item met; a key factor at maturity 2 (partly in place) or 3 (fully in place);
 * an area scoring at least its mean and above the assessed subject. Only the latest submitted assessment of each
 * other subject counts, so a subject assessed ten times weighs exactly as much as one assessed once.
 * <p>
 * <b>Order</b> of the subjects strong at one weak point:
 * <ol>
 * <li>strength there, higher first: maturity 3 before 2, a higher area score first (met items are equal);</li>
 * <li>breadth: at how many of the assessed subject's weak points it is strong, more first;</li>
 * <li>relevance ({@link Relevance#points()}): shared themes and target groups, same country, region and scope;</li>
 * <li>overall score, higher first (none last);</li>
 * <li>name (case ignored), then assessment id, so that ties always come out in the same order.</li>
 * </ol>
 * Then practices not assessed under the framework version that share at least one point of relevance, marked
 * unassessed, by relevance and then title: they fill the list up to its size, never before an assessed one.
 */
public final class LearningRanking {

    /** Benchmark key factors at this maturity or below are weak points (0 not in place, 1 planned). */
    public static final int WEAK_MATURITY = 1;
    /** Benchmark key factors at this maturity or above are strong (2 partly in place, 3 fully in place). */
    public static final int STRONG_MATURITY = 2;

    public static final String ITEM = "item";
    public static final String KEY_FACTOR = "key-factor";
    public static final String AREA = "area";

    /** A weak point of the assessed subject. */
    public record WeakPoint(
            @Schema(required = true, enumeration = {ITEM, KEY_FACTOR, AREA}, description = "item: a checklist item "
                    + "not met; key-factor: a benchmark key factor at maturity 0 or 1; area: an area scoring below "
                    + "the framework's mean", examples = ITEM) String kind,
            @Schema(required = true, description = "The item's, key factor's or area's code", examples = "IP.2.1")
            String code,
            @Schema(required = true, description = "Its text (an area: its title)", examples = "Consider integration "
                    + "as a two-way process, and aim for change on the side of the receiving society.") String text,
            @Schema(required = true, description = "The area it belongs to (an area: itself)", examples = "IP")
            String area,
            @Schema(required = true, description = "The assessed subject's level there: 0 for an item not met, the "
                    + "maturity 0 or 1 of a key factor, or the area's score 0 to 100", examples = "0") double level,
            @Schema(description = "Areas only: the area's mean score over all submitted assessments of the framework "
                    + "version, 0 to 100", examples = "61.5") Double mean) {
    }

    /** A subject to learn from at one weak point. */
    public record Recommendation(
            @Schema(required = true, description = "false: a catalogue practice not assessed under this framework "
                    + "version, suggested for its relevance only, listed after every assessed one", examples = "true")
            boolean assessed,
            @Schema(required = true) LearningSubject subject,
            @Schema(description = "Its latest submitted assessment under the framework version (null when unassessed)",
                    examples = "9b2d4f61-0c7e-4a53-8e1f-6d3a2c5b7e90") UUID assessmentId,
            @Schema(description = "Its level at the weak point: 1 for a met item, maturity 2 or 3, or the area's score "
                    + "(null when unassessed)", examples = "1") Double strength,
            @Schema(description = "Its overall score, 0 to 100 (null when unassessed or nothing rated)",
                    examples = "85.71") Double overallScore,
            @Schema(required = true, description = "The assessed subject's other weak points where it is strong too",
                    examples = "[\"IP.3.1\"]") List<String> alsoStrongAt,
            @Schema(required = true) Relevance relevance,
            @Schema(required = true, description = "Why it is recommended, in words", examples = "Meets IP.2.1; also "
                    + "strong at IP.3.1; shares theme employment; overall score 85.71") String why) {
    }

    /** One weak point and whom to learn from there, best first. */
    public record Advice(@Schema(required = true) WeakPoint weakPoint,
            @Schema(required = true, description = "Best first, at most size") List<Recommendation> learnFrom) {
    }

    /** Another subject's latest submitted assessment under the same framework version, with its catalogue context. */
    public record Candidate(LearningProfile profile, SubjectContext context) {
    }

    private LearningRanking() {
    }

    /** The weak points of {@code subject}, per area in the framework's order. */
    public static List<WeakPoint> weakPoints(FrameworkDefinition f, LearningProfile subject, Map<String, Double> areaMeans) {
        List<WeakPoint> weak = new ArrayList<>();
        for (FrameworkDefinition.Area area : f.areas()) {
            Double score = subject.areaScores().get(area.code());
            Double mean = areaMeans.get(area.code());
            if (score != null && mean != null && score < mean) {
                weak.add(new WeakPoint(AREA, area.code(), area.title(), area.code(), score, mean));
            }
            for (FrameworkDefinition.Question q : area.questions()) {
                if (f.isBenchmark()) {
                    Integer maturity = subject.level(q.code());
                    if (maturity != null && maturity <= WEAK_MATURITY) {
                        weak.add(new WeakPoint(KEY_FACTOR, q.code(), q.text(), area.code(), maturity, null));
                    }
                } else {
                    for (FrameworkDefinition.Item item : q.items()) {
                        Integer met = subject.level(item.code());
                        if (met != null && met == 0) {
                            weak.add(new WeakPoint(ITEM, item.code(), item.text(), area.code(), 0, null));
                        }
                    }
                }
            }
        }
        return weak;
    }

    /** The candidate's strength at a weak point, or null when it is not strong there. */
    public static Double strength(WeakPoint w, LearningProfile candidate) {
        if (AREA.equals(w.kind())) {
            Double score = candidate.areaScores().get(w.code());
            return score != null && score >= w.mean() && score > w.level() ? score : null;
        }
        Integer level = candidate.level(w.code());
        if (level == null) {
            return null;
        }
        boolean strong = ITEM.equals(w.kind()) ? level == 1 : level >= STRONG_MATURITY;
        return strong ? level.doubleValue() : null;
    }

    /**
     * Whom {@code subject} can learn from at each of its weak points, at most {@code size} each: the
     * {@code candidates} strong there in the documented order, then the {@code unassessed} practices with any
     * relevance. Candidates of the subject itself are ignored.
     */
    public static List<Advice> advise(FrameworkDefinition f, LearningProfile subject, SubjectContext subjectContext,
            Map<String, Double> areaMeans, List<Candidate> candidates, List<SubjectContext> unassessed, int size) {
        List<WeakPoint> weak = weakPoints(f, subject, areaMeans);
        String self = subject.subject().key();
        List<Candidate> others = candidates.stream().filter(c -> !c.profile().subject().key().equals(self)).toList();
        // the replica and the profiles are read by separate statements: a practice assessed meanwhile is not unassessed
        Set<UUID> assessed = new HashSet<>();
        assessed.add(subject.subject().practiceId());
        others.forEach(c -> assessed.add(c.profile().subject().practiceId()));
        List<Recommendation> fillers = unassessed.stream()
                .filter(u -> u.practiceId() == null || !assessed.contains(u.practiceId()))
                .map(u -> new Ranked(null, u, Relevance.between(subjectContext, u), null, List.of()))
                .filter(r -> r.relevance().points() > 0)
                .sorted(Comparator.comparingInt((Ranked r) -> -r.relevance().points())
                        .thenComparing(r -> r.context().name() == null ? "" : r.context().name().toLowerCase(Locale.ROOT))
                        .thenComparing(r -> String.valueOf(r.context().practiceId())))
                .map(r -> r.recommendation(f, null))
                .toList();
        // what each candidate shares with the subject and where it is strong: worked out once, not per weak point
        Map<Candidate, Relevance> relevance = new HashMap<>();
        Map<Candidate, List<WeakPoint>> strongAt = new HashMap<>();
        for (Candidate c : others) {
            relevance.put(c, Relevance.between(subjectContext, c.context()));
            strongAt.put(c, weak.stream().filter(w -> strength(w, c.profile()) != null).toList());
        }
        List<Advice> advice = new ArrayList<>(weak.size());
        for (WeakPoint w : weak) {
            List<Ranked> strong = new ArrayList<>();
            for (Candidate c : others) {
                if (strongAt.get(c).contains(w)) {
                    List<String> also = strongAt.get(c).stream().filter(o -> o != w).map(WeakPoint::code).toList();
                    strong.add(new Ranked(c.profile(), c.context(), relevance.get(c), strength(w, c.profile()), also));
                }
            }
            strong.sort(ORDER);
            List<Recommendation> list = new ArrayList<>(size);
            strong.stream().limit(size).forEach(r -> list.add(r.recommendation(f, w)));
            fillers.stream().limit(Math.max(0, size - list.size())).forEach(list::add);
            advice.add(new Advice(w, list));
        }
        return advice;
    }

    /** A strong candidate with what the order compares. */
    private record Ranked(LearningProfile profile, SubjectContext context, Relevance relevance, Double strength,
            List<String> alsoStrongAt) {

        String name() {
            String name = context != null && context.name() != null ? context.name() : profile.subject().name();
            return name == null ? "" : name;
        }

        Recommendation recommendation(FrameworkDefinition f, WeakPoint w) {
            if (profile == null) {
                LearningSubject s = new LearningSubject(LearningSubject.PRACTICE, context.practiceId(), context.name(),
                        context.country());
                return new Recommendation(false, s, null, null, null, List.of(), relevance,
                        "Not assessed under " + f.key() + "; " + shares(relevance));
            }
            StringBuilder why = new StringBuilder(switch (w.kind()) {
                case ITEM -> "Meets " + w.code();
                case KEY_FACTOR -> "Maturity " + strength.intValue() + " at " + w.code();
                default -> "Scores " + strength + " in area " + w.code() + " (mean " + w.mean() + ")";
            });
            if (!alsoStrongAt.isEmpty()) {
                why.append("; also strong at ").append(String.join(", ", alsoStrongAt));
            }
            if (relevance.points() > 0) {
                why.append("; ").append(shares(relevance));
            }
            if (profile.overall() != null) {
                why.append("; overall score ").append(profile.overall());
            }
            return new Recommendation(true, profile.subject().named(context), profile.assessmentId(), strength,
                    profile.overall(), alsoStrongAt, relevance, why.toString());
        }
    }

    private static final Comparator<Ranked> ORDER = Comparator
            .comparing(Ranked::strength, Comparator.reverseOrder())
            .thenComparing(r -> -r.alsoStrongAt().size())
            .thenComparing(r -> -r.relevance().points())
            .thenComparing(r -> r.profile().overall(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.name().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.profile().assessmentId());

    private static String shares(Relevance r) {
        List<String> parts = new ArrayList<>();
        if (!r.sharedThemes().isEmpty()) {
            parts.add((r.sharedThemes().size() == 1 ? "theme " : "themes ") + String.join(", ", r.sharedThemes()));
        }
        if (!r.sharedTargetGroups().isEmpty()) {
            parts.add((r.sharedTargetGroups().size() == 1 ? "target group " : "target groups ")
                    + String.join(", ", r.sharedTargetGroups()));
        }
        if (r.sameCountry()) {
            parts.add("country");
        }
        if (r.sameRegion()) {
            parts.add("region");
        }
        if (r.sameScope()) {
            parts.add("scope");
        }
        return parts.isEmpty() ? "nothing in common in the catalogue" : "shares " + String.join(", ", parts);
    }
}
