package org.inclusionhub.commons.domain;

import java.util.List;

/**
 * Well-formed input that does not fit what it refers to: answers that do not fit the survey, a practice
 * the catalogue does not hold, an idempotency key already used for other content. {@link #errors} carries
 * row-level details where fields are not enough (an import's rows).
 */
public final class UnprocessableException extends DomainException {

    private final transient List<?> errors;

    public UnprocessableException(String message, List<Violation> violations) {
        this(message, violations, null);
    }

    public UnprocessableException(String message, List<Violation> violations, List<?> errors) {
        super(message, violations);
        this.errors = errors;
    }

    /** With row-level errors (each serialised as it is) instead of field violations. */
    public static UnprocessableException withErrors(String message, List<?> errors) {
        return new UnprocessableException(message, List.of(), errors);
    }

    /** Row-level errors, or null. */
    public List<?> errors() {
        return errors;
    }
}
