package org.inclusionhub.survey.surveys;

import org.inclusionhub.commons.domain.StatusCodes;

/** A survey version is a draft until it is published; a published version never changes again. */
public enum SurveyStatus {
    DRAFT, PUBLISHED;

    /** The stored and shown form: {@code draft}, {@code published}. */
    public String code() {
        return StatusCodes.codeOf(this);
    }

    public static SurveyStatus fromCode(String code) {
        return StatusCodes.fromCode(SurveyStatus.class, code).orElseThrow(() -> new IllegalStateException("stored survey status " + code));
    }

    public boolean canBecome(SurveyStatus target) {
        return this == DRAFT && target == PUBLISHED;
    }
}
