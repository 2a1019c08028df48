package org.inclusionhub.survey.domain;

import java.util.Locale;

/** A survey version is a draft until it is published; a published version never changes again. */
public enum SurveyStatus {
    DRAFT, PUBLISHED;

    /** The stored and shown form: {@code draft}, {@code published}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SurveyStatus fromCode(String code) {
        for (SurveyStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalStateException("stored survey status " + code);
    }

    public boolean canBecome(SurveyStatus target) {
        return this == DRAFT && target == PUBLISHED;
    }
}
