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
            return Problem.of(ProblemType.NOT_FOUND, detail);
        }
        if (e instanceof ConflictException) {
            return Problem.of(ProblemType.CONFLICT, detail);
        }
        if (e instanceof InvalidInputException) {
            return e.violations().isEmpty() ? Problem.of(ProblemType.BAD_REQUEST, detail)
                    : Problem.of(ProblemType.VALIDATION, detail).withViolations(e.violations());
        }
        if (e instanceof UnprocessableException u) {
            Problem p = Problem.of(ProblemType.UNPROCESSABLE, detail);
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
