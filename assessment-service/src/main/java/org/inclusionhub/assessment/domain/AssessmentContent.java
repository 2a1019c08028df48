package org.inclusionhub.assessment.domain;

import java.util.List;
import java.util.UUID;

/** What an assessor writes: the body of create and update requests. */
public record AssessmentContent(
        String framework,
        Integer frameworkVersion,
        Subject subject,
        String assessor,
        List<Answer> answers,
        List<Rating> ratings,
        List<String> evidence) {

    /** A practice of the catalogue ({@code practice}, by id) or, for benchmarks, a city or organisation ({@code place}). */
    public record Subject(String type, UUID practiceId, String name, String country) {
        public static final String PRACTICE = "practice";
        public static final String PLACE = "place";
    }

    /** The narrative for a question (or a benchmark guiding question); {@code applicable=false} marks an absent question. */
    public record Answer(String question, Boolean applicable, String narrative) {
    }

    /** A rating of a checklist item or a benchmark key factor, on the framework's scale. */
    public record Rating(String item, String rating) {
    }

    public AssessmentContent normalised() {
        return new AssessmentContent(framework == null ? null : framework.strip(), frameworkVersion, subject,
                assessor == null || assessor.isBlank() ? null : assessor.strip(),
                answers == null ? List.of() : answers, ratings == null ? List.of() : ratings,
                evidence == null ? List.of() : evidence);
    }
}
