package org.inclusionhub.commons.domain;

import java.util.List;

/** The input itself is malformed or out of bounds: field by field ({@link #of}), or as a whole ({@link #because}). */
public final class InvalidInputException extends DomainException {

    private InvalidInputException(String message, List<Violation> violations) {
        super(message, violations);
    }

    /** Every field that is not valid, with its path. */
    public static InvalidInputException of(List<Violation> violations) {
        return new InvalidInputException(violations.size() + " field(s) are not valid", violations);
    }

    /** The input as a whole, without a field to name (a bulk item that is no object). */
    public static InvalidInputException because(String message) {
        return new InvalidInputException(message, List.of());
    }

    /** The request's body as a whole, e.g. a missing body or an empty batch: named {@link Violation#BODY}. */
    public static InvalidInputException ofBody(String message) {
        return new InvalidInputException(message, List.of(new Violation(Violation.BODY, message)));
    }
}
