package org.inclusionhub.commons.domain;

import java.util.List;

/**
 * A rule of the domain that a request broke. Application services throw the subclasses; the edge maps
 * each to a problem+json answer ({@code org.inclusionhub.commons.problem.DomainProblems}), so domain code
 * never names an HTTP status. No stack trace: these are answers, not faults.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ConflictException, InvalidInputException, UnprocessableException, StaleVersionException,
        VersionRequiredException {

    private final transient List<Violation> violations;

    protected DomainException(String message, List<Violation> violations) {
        super(message, null, false, false);
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** The fields at fault, each with its path; empty when the whole request is. */
    public List<Violation> violations() {
        return violations;
    }
}
