package org.inclusionhub.assessment.assessments;

import org.inclusionhub.commons.domain.StatusCodes;
import java.util.Optional;

/**
 * A draft is editable; a submitted assessment is immutable and can only be withdrawn, which keeps it in
 * history. So: draft to submitted, submitted to withdrawn, and nothing else.
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, WITHDRAWN;

    /** The stored and shown form: {@code draft}, {@code submitted}, {@code withdrawn}. */
    public String code() {
        return StatusCodes.codeOf(this);
    }

    public static Optional<AssessmentStatus> fromCode(String code) {
        return StatusCodes.fromCode(AssessmentStatus.class, code);
    }

    public boolean canBecome(AssessmentStatus target) {
        return switch (target) {
            case SUBMITTED -> this == DRAFT;
            case WITHDRAWN -> this == SUBMITTED;
            case DRAFT -> false;
        };
    }
}
