package org.inclusionhub.assessment.assessments.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.AssessmentContent;
import org.inclusionhub.assessment.assessments.Scores;

/** An assessment with its scores per question, per area and overall. */
public record AssessmentResponse(
        @Schema(required = true, examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID id,
        @Schema(required = true, description = "The framework's code", examples = "spring-gpc") String framework,
        @Schema(required = true, description = "The framework version it was assessed against", examples = "1")
        int frameworkVersion,
        @Schema(required = true) AssessmentContent.Subject subject,
        @Schema(required = true, description = "Who made the assessment, as written by its author",
                examples = "City of Mechelen, integration department") String assessor,
        @Schema(required = true, description = "The owner of the API key that created it: keys of this owner, and "
                + "admin keys, may read its draft and change it", examples = "city-of-mechelen") String owner,
        @Schema(required = true, enumeration = {"draft", "submitted", "withdrawn"},
                description = "draft (editable, visible to its owner and admins only), submitted (public, immutable, "
                        + "counted in the statistics) or withdrawn (public, kept in history, not counted)",
                examples = "submitted") String status,
        @Schema(required = true, description = "The narrative answers, as sent") List<AssessmentContent.Answer> answers,
        @Schema(required = true, description = "The ratings, as sent") List<AssessmentContent.Rating> ratings,
        @Schema(required = true, description = "Absolute http or https URLs backing the assessment")
        List<String> evidence,
        @Schema(required = true) Scores scores,
        @Schema(required = true, description = "The version number, also the ETag (\"3\") to send as If-Match",
                examples = "3") long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "When the content or the status last changed") Instant updatedAt,
        @Schema(description = "When it was submitted; null for a draft") Instant submittedAt,
        @Schema(description = "When it was withdrawn; null unless withdrawn") Instant withdrawnAt) {

    public static AssessmentResponse of(Assessment a) {
        return new AssessmentResponse(a.id, a.frameworkCode, a.frameworkVersion,
                new AssessmentContent.Subject(a.subjectType, a.practiceId, a.subjectName, a.subjectCountry),
                a.assessor, a.owner, a.status, a.answers, a.ratings, a.evidence, a.scores, a.version, a.createdAt,
                a.updatedAt, a.submittedAt, a.withdrawnAt);
    }
}
