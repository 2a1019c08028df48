package org.inclusionhub.survey.responses;

import org.inclusionhub.commons.domain.StatusCodes;
import java.util.Optional;

/** A submitted response can be updated or withdrawn; a withdrawn one is kept but changes no more. */
public enum ResponseStatus {
    SUBMITTED, WITHDRAWN;

    /** The stored and shown form: {@code submitted}, {@code withdrawn}. */
    public String code() {
        return StatusCodes.codeOf(this);
    }

    public static Optional<ResponseStatus> fromCode(String code) {
        return StatusCodes.fromCode(ResponseStatus.class, code);
    }

    public boolean canBecome(ResponseStatus target) {
        return this == SUBMITTED && target == WITHDRAWN;
    }
}
