package org.inclusionhub.assessment.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** draft to submitted to withdrawn, and no other step. */
class AssessmentStatusTest {

    @Test
    void onlyDraftToSubmittedAndSubmittedToWithdrawn() {
        for (AssessmentStatus from : AssessmentStatus.values()) {
            for (AssessmentStatus to : AssessmentStatus.values()) {
                boolean allowed = (from == AssessmentStatus.DRAFT && to == AssessmentStatus.SUBMITTED)
                        || (from == AssessmentStatus.SUBMITTED && to == AssessmentStatus.WITHDRAWN);
                assertThat(from.canBecome(to)).as("%s -> %s", from, to).isEqualTo(allowed);
            }
        }
    }

    @Test
    void codesAreTheStoredForms() {
        assertThat(AssessmentStatus.fromCode("withdrawn")).contains(AssessmentStatus.WITHDRAWN);
        assertThat(AssessmentStatus.fromCode("Withdrawn")).isEmpty();
        assertThat(AssessmentStatus.SUBMITTED.code()).isEqualTo("submitted");
    }
}
