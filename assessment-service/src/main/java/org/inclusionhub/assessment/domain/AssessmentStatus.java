package org.inclusionhub.assessment.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A draft is editable; a submitted assessment is immutable and can only be withdrawn, which keeps it in
 * history. So: draft to submitted, submitted to withdrawn, and nothing else.
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, WITHDRAWN;

    /** The stored and shown form: {@code draft}, {@code submitted}, {@code withdrawn}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AssessmentStatus> fromCode(String code) {
        for (AssessmentStatus s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public boolean canBecome(AssessmentStatus target) {
        return switch (target) {
            case SUBMITTED -> this == DRAFT;
            case WITHDRAWN -> this == SUBMITTED;
            case DRAFT -> false;
        };
    }
}
