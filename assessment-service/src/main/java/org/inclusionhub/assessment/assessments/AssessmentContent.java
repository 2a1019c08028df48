package org.inclusionhub.assessment.assessments;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an assessor writes: the body of create and update requests. */
public record AssessmentContent(
        @Schema(required = true) String framework,
        Integer frameworkVersion,
        @Schema(required = true) Subject subject,
        @Schema(required = true, maxLength = 300) String assessor,
        @Schema(maxItems = 1000) List<Answer> answers,
        @Schema(maxItems = 1000) List<Rating> ratings,
        @Schema(maxItems = 50, description = "absolute http or https URLs of at most 2000 characters") List<String> evidence) {

    /** A practice of the catalogue ({@code practice}, by id) or, for benchmarks, a city or organisation ({@code place}). */
    public record Subject(@Schema(required = true) String type, UUID practiceId, @Schema(maxLength = 300) String name,
            @Schema(maxLength = 2) String country) {
        public static final String PRACTICE = "practice";
        public static final String PLACE = "place";
    }

    /** The narrative for a question (or a benchmark guiding question); {@code applicable=false} marks an absent question. */
    public record Answer(@Schema(required = true) String question, Boolean applicable, @Schema(maxLength = 20000) String narrative) {
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
