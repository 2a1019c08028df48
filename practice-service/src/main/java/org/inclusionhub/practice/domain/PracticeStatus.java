package org.inclusionhub.practice.domain;

import java.util.Locale;

/**
 * Editorial status. A draft can be published or archived; a published practice can be archived;
 * an archived practice can be published again. Anything else is an illegal transition.
 */
public enum PracticeStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PracticeStatus fromCode(String code) {
        for (PracticeStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status " + code);
    }

    public boolean canBecome(PracticeStatus target) {
        return switch (target) {
            case PUBLISHED -> this == DRAFT || this == ARCHIVED;
            case ARCHIVED -> this == DRAFT || this == PUBLISHED;
            case DRAFT -> false;
        };
    }
}
