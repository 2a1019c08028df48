package org.inclusionhub.practice.practices;

import org.inclusionhub.commons.domain.StatusCodes;

/**
 * Editorial status. A draft can be published or archived; a published practice can be archived;
 * an archived practice can be published again. Anything else is an illegal transition.
 */
public enum PracticeStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public String code() {
        return StatusCodes.codeOf(this);
    }

    public static PracticeStatus fromCode(String code) {
        return StatusCodes.fromCode(PracticeStatus.class, code).orElseThrow(() -> new IllegalArgumentException("unknown status " + code));
    }

    public boolean canBecome(PracticeStatus target) {
        return switch (target) {
            case PUBLISHED -> this == DRAFT || this == ARCHIVED;
            case ARCHIVED -> this == DRAFT || this == PUBLISHED;
            case DRAFT -> false;
        };
    }
}
