package org.inclusionhub.assessment.assessments.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.assessment.assessments.Assessment;
import org.inclusionhub.assessment.assessments.AssessmentContent;
import org.inclusionhub.assessment.assessments.Scores;

/** An assessment with its scores per question, per area and overall. */
public record AssessmentResponse(UUID id, String framework, int frameworkVersion, AssessmentContent.Subject subject,
        String assessor, String owner, String status, List<AssessmentContent.Answer> answers,
        List<AssessmentContent.Rating> ratings, List<String> evidence, Scores scores, long version,
        Instant createdAt, Instant updatedAt, Instant submittedAt, Instant withdrawnAt) {

    public static AssessmentResponse of(Assessment a) {
        return new AssessmentResponse(a.id, a.frameworkCode, a.frameworkVersion,
                new AssessmentContent.Subject(a.subjectType, a.practiceId, a.subjectName, a.subjectCountry),
                a.assessor, a.owner, a.status, a.answers, a.ratings, a.evidence, a.scores, a.version, a.createdAt,
                a.updatedAt, a.submittedAt, a.withdrawnAt);
    }
}
