package org.inclusionhub.commons.problem;

import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.NotFoundException;
import org.inclusionhub.commons.domain.StaleVersionException;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.VersionRequiredException;

/**
 * The problem+json answer (RFC 9457) of each domain exception: not found 404, conflict 409, invalid input
 * 400, unprocessable 422, stale version 412, version required 428 (RFC 6585). Used by {@link ProblemMappers}
 * and by answers that carry one outcome per item (bulk submissions).
 */
public final class DomainProblems {

    private DomainProblems() {
    }

    public static Problem of(DomainException e) {
        String detail = e.getMessage();
        if (e instanceof NotFoundException) {
            return Problem.of(404, "Not found", detail);
        }
        if (e instanceof ConflictException) {
            return Problem.of(409, "Conflict", detail);
        }
        if (e instanceof InvalidInputException) {
            return e.violations().isEmpty() ? Problem.of(400, "Bad request", detail)
                    : Problem.of(400, "Validation failed", detail).withViolations(e.violations());
        }
        if (e instanceof UnprocessableException u) {
            Problem p = Problem.of(422, "Unprocessable content", detail);
            if (!u.violations().isEmpty()) {
                p = p.withViolations(u.violations());
            }
            return u.errors() == null ? p : p.withErrors(u.errors());
        }
        if (e instanceof StaleVersionException stale) {
            return ApiProblem.preconditionFailed(stale.current()).problem();
        }
        if (e instanceof VersionRequiredException) {
            return ApiProblem.preconditionRequired().problem();
        }
        throw new IllegalArgumentException("no problem mapping for " + e.getClass().getName());
    }
}
