package org.inclusionhub.assessment.assessments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.frameworks.RatingScale;

/**
 * The one scoring rule of Inclusion Hub (the README explains it).
 * <ul>
 * <li>Checklist: a score is items met over items rated, times 100. Items rated not applicable, and
 * all items of a question marked not applicable (absent), are not rated and count in neither part. A
 * guiding question with no rated item and no answer of its own reads back as not applicable too, as the
 * SPRING assessments leave out the questions that do not apply (seed 001); an answer
 * {@code applicable: true} keeps it applicable but unrated.</li>
 * <li>Benchmark: a score is the mean maturity (0–3) of the rated key factors, divided by 3, times 100.</li>
 * <li>Coverage is rated over all ratable elements of the scope, so a thin assessment shows as such.</li>
 * </ul>
 * Question, area and overall scores all pool their elements (an area is not the mean of its questions).
 */
public final class Scoring {

    private Scoring() {
    }

    public static Scores score(FrameworkDefinition framework, List<AssessmentContent.Answer> answers,
            List<AssessmentContent.Rating> ratings) {
        Set<String> absent = new HashSet<>();
        Set<String> declaredApplicable = new HashSet<>();
        for (AssessmentContent.Answer a : answers) {
            if (Boolean.FALSE.equals(a.applicable())) {
                absent.add(a.question());
            } else if (Boolean.TRUE.equals(a.applicable())) {
                declaredApplicable.add(a.question());
            }
        }
        Map<String, String> rating = new HashMap<>();
        for (AssessmentContent.Rating r : ratings) {
            rating.put(r.item(), r.rating());
        }
        Tally overall = new Tally();
        List<Scores.AreaScore> areas = new ArrayList<>();
        for (FrameworkDefinition.Area area : framework.areas()) {
            Tally areaTally = new Tally();
            List<Scores.QuestionScore> questions = new ArrayList<>();
            for (FrameworkDefinition.Question question : area.questions()) {
                List<String> rated = framework.isBenchmark() ? List.of(question.code())
                        : question.items().stream().map(FrameworkDefinition.Item::code).toList();
                boolean applicable = !absent.contains(question.code())
                        && (framework.isBenchmark() || declaredApplicable.contains(question.code())
                                || rated.stream().anyMatch(rating::containsKey));
                Tally q = new Tally();
                for (String code : rated) {
                    q.add(applicable ? rating.get(code) : null);
                }
                questions.add(new Scores.QuestionScore(question.code(), applicable, q.line(framework)));
                areaTally.addAll(q);
            }
            areas.add(new Scores.AreaScore(area.code(), areaTally.line(framework), questions));
            overall.addAll(areaTally);
        }
        return new Scores(framework.kind(), overall.line(framework), areas);
    }

    /** Counts of one scope: elements in it, elements rated, met items, maturity points. */
    private static final class Tally {
        int total;
        int rated;
        int met;
        int maturity;

        void add(String value) {
            total++;
            if (value == null || RatingScale.NOT_APPLICABLE.equals(value)) {
                return;
            }
            rated++;
            if (RatingScale.MET.equals(value)) {
                met++;
            } else if (!RatingScale.NOT_MET.equals(value)) {
                maturity += Integer.parseInt(value);
            }
        }

        void addAll(Tally other) {
            total += other.total;
            rated += other.rated;
            met += other.met;
            maturity += other.maturity;
        }

        Scores.Line line(FrameworkDefinition framework) {
            double coverage = total == 0 ? 0 : round((double) rated / total, 4);
            if (framework.isBenchmark()) {
                Double mean = rated == 0 ? null : round((double) maturity / rated, 4);
                Double score = rated == 0 ? null : round(100.0 * maturity / (rated * RatingScale.MAX_MATURITY), 2);
                return new Scores.Line(rated, total, null, mean, score, coverage);
            }
            Double score = rated == 0 ? null : round(100.0 * met / rated, 2);
            return new Scores.Line(rated, total, met, null, score, coverage);
        }

        private static double round(double value, int places) {
            double factor = Math.pow(10, places);
            return Math.round(value * factor) / factor;
        }
    }
}
