package org.inclusionhub.commons.domain;

import java.util.Locale;
import java.util.Optional;

/** The stored and shown form of a status enum's constants: the lower-case name ({@code published}, {@code withdrawn}). */
public final class StatusCodes {

    private StatusCodes() {
    }

    public static String codeOf(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose code is {@code code}, or empty. */
    public static <E extends Enum<E>> Optional<E> fromCode(Class<E> type, String code) {
        for (E status : type.getEnumConstants()) {
            if (codeOf(status).equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
