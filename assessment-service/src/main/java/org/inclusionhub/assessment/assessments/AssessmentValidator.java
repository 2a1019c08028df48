package org.inclusionhub.assessment.assessments;

import org.inclusionhub.commons.api.Text;
import org.inclusionhub.commons.domain.Countries;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inclusionhub.assessment.frameworks.FrameworkDefinition;
import org.inclusionhub.assessment.frameworks.RatingScale;
import org.inclusionhub.commons.domain.Violation;

/**
 * Checks an assessment against its framework version: every code belongs to the framework, every
 * rating fits the scale, no element is answered or rated twice, a not-applicable question carries
 * no ratings. Whether a practice subject exists is the service's check (it needs the replica).
 */
public final class AssessmentValidator {

    static final int MAX_NARRATIVE = 20000;
    static final int MAX_EVIDENCE = 50;
    /**
     * All narratives of one assessment together, in bytes written as JSON (UTF-8, escapes counted), so that its
     * event stays well under the 1 MiB event size limit.
     */
    static final int MAX_NARRATIVE_JSON_BYTES = 600_000;
    /** The most answers and the most ratings in one assessment (IncluCities has 217 guiding questions). */
    static final int MAX_ENTRIES = 1000;
    static final int MAX_URL = 2000;

    private AssessmentValidator() {
    }

    /** Checks that need no framework: subject shape, assessor, evidence. */
    public static List<Violation> validateShape(AssessmentContent c) {
        List<Violation> v = new ArrayList<>();
        if (c.framework() == null) {
            v.add(new Violation("framework", "is required (e.g. spring-gpc)"));
        }
        if (c.assessor() == null) {
            v.add(new Violation("assessor", "is required: who made this assessment"));
        } else if (Text.length(c.assessor()) > 300) {
            v.add(new Violation("assessor", "must be at most 300 characters"));
        }
        AssessmentContent.Subject s = c.subject();
        if (s == null || s.type() == null) {
            v.add(new Violation("subject.type", "is required: practice or place"));
        } else if (AssessmentContent.Subject.PRACTICE.equals(s.type())) {
            if (s.practiceId() == null) {
                v.add(new Violation("subject.practiceId", "is required for a practice subject"));
            }
        } else if (AssessmentContent.Subject.PLACE.equals(s.type())) {
            if (s.name() == null || s.name().isBlank() || Text.length(s.name()) > 300) {
                v.add(new Violation("subject.name", "is required for a place: the city or organisation, at most 300 characters"));
            }
            if (s.country() == null || !Countries.isValid(s.country())) {
                v.add(new Violation("subject.country", "must be an ISO 3166-1 alpha-2 code"));
            }
        } else {
            v.add(new Violation("subject.type", "'" + s.type() + "' is not one of [practice, place]"));
        }
        if (c.evidence().size() > MAX_EVIDENCE) {
            v.add(new Violation("evidence", "holds at most " + MAX_EVIDENCE + " URLs"));
            return v;
        }
        for (int i = 0; i < c.evidence().size(); i++) {
            String url = c.evidence().get(i);
            if (url != null && url.length() > MAX_URL) {
                v.add(new Violation("evidence[" + i + "]", "must be at most " + MAX_URL + " characters"));
                continue;
            }
            if (!isHttpUrl(url)) {
                v.add(new Violation("evidence[" + i + "]", "must be an absolute http or https URL"));
            }
        }
        return v;
    }

    /** Checks against the framework version the assessment names. */
    public static List<Violation> validateAgainst(FrameworkDefinition f, AssessmentContent c) {
        List<Violation> v = new ArrayList<>();
        if (c.subject() != null && AssessmentContent.Subject.PLACE.equals(c.subject().type()) && !f.isBenchmark()) {
            v.add(new Violation("subject.type", "a place can only be assessed against a benchmark; "
                    + f.code() + " is a checklist for practices"));
        }
        Set<String> narrativeCodes = new HashSet<>();
        f.questions().forEach(q -> narrativeCodes.add(q.code()));
        if (f.isBenchmark()) {
            f.items().forEach(i -> narrativeCodes.add(i.code()));
        }
        if (c.answers().size() > MAX_ENTRIES || c.ratings().size() > MAX_ENTRIES) {
            v.add(new Violation(c.answers().size() > MAX_ENTRIES ? "answers" : "ratings",
                    "holds at most " + MAX_ENTRIES + " entries"));
            return v;
        }
        long narratives = c.answers().stream().filter(java.util.Objects::nonNull).mapToLong(a -> a.narrative() == null ? 0
                : com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsUTF8(a.narrative()).length).sum();
        if (narratives > MAX_NARRATIVE_JSON_BYTES) {
            v.add(new Violation("answers", "the narratives of an assessment hold at most " + MAX_NARRATIVE_JSON_BYTES
                    + " bytes together, written as JSON (has " + narratives + ")"));
            return v;
        }
        Set<String> absent = new HashSet<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < c.answers().size(); i++) {
            AssessmentContent.Answer a = c.answers().get(i);
            String p = "answers[" + i + "]";
            if (a == null || a.question() == null) {
                v.add(new Violation(p + ".question", "is required"));
                continue;
            }
            if (!narrativeCodes.contains(a.question())) {
                v.add(new Violation(p + ".question", "'" + a.question() + "' is not a question of " + f.key()));
            } else if (!answered.add(a.question())) {
                v.add(new Violation(p + ".question", "'" + a.question() + "' is answered twice"));
            }
            if (Boolean.FALSE.equals(a.applicable())) {
                if (f.question(a.question()).isEmpty()) {
                    v.add(new Violation(p + ".applicable", "only a question (not a guiding question) can be marked not applicable"));
                }
                absent.add(a.question());
            }
            if (a.narrative() != null && Text.length(a.narrative()) > MAX_NARRATIVE) {
                v.add(new Violation(p + ".narrative", "must be at most " + MAX_NARRATIVE + " characters"));
            }
        }
        List<String> scale = RatingScale.of(f);
        Set<String> ratable = new HashSet<>(f.ratedCodes());
        Set<String> rated = new HashSet<>();
        for (int i = 0; i < c.ratings().size(); i++) {
            AssessmentContent.Rating r = c.ratings().get(i);
            String p = "ratings[" + i + "]";
            if (r == null || r.item() == null) {
                v.add(new Violation(p + ".item", "is required"));
                continue;
            }
            if (!ratable.contains(r.item())) {
                v.add(new Violation(p + ".item", "'" + r.item() + "' is not a rated element of " + f.key()
                        + (f.isBenchmark() ? " (benchmarks rate key factors)" : " (checklists rate items)")));
                continue;
            }
            if (!rated.add(r.item())) {
                v.add(new Violation(p + ".item", "'" + r.item() + "' is rated twice"));
            }
            if (r.rating() == null || !scale.contains(r.rating())) {
                v.add(new Violation(p + ".rating", "'" + r.rating() + "' is not on the scale " + scale));
            }
            String question = f.questionOf(r.item()).map(FrameworkDefinition.Question::code).orElse(null);
            if (absent.contains(question)) {
                v.add(new Violation(p + ".item", "'" + r.item() + "' belongs to question " + question
                        + ", which is marked not applicable"));
            }
        }
        return v;
    }

    private static boolean isHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
