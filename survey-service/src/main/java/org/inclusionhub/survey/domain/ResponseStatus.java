package org.inclusionhub.survey.domain;

import java.util.Locale;
import java.util.Optional;

/** A submitted response can be updated or withdrawn; a withdrawn one is kept but changes no more. */
public enum ResponseStatus {
    SUBMITTED, WITHDRAWN;

    /** The stored and shown form: {@code submitted}, {@code withdrawn}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResponseStatus> fromCode(String code) {
        for (ResponseStatus s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public boolean canBecome(ResponseStatus target) {
        return this == SUBMITTED && target == WITHDRAWN;
    }
}
