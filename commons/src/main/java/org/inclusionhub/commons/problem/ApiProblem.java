package org.inclusionhub.commons.problem;

import org.inclusionhub.commons.domain.Violation;
import java.util.List;

/** Thrown by domain and API code for an answer that is the client's fault; mapped to problem+json. */
public class ApiProblem extends RuntimeException {

    private final transient Problem problem;

    public ApiProblem(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(Problem.of(ProblemType.NOT_FOUND, what + " " + id + " does not exist"));
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(Problem.of(ProblemType.CONFLICT, detail));
    }

    public static ApiProblem preconditionFailed(long current) {
        return new ApiProblem(Problem.of(ProblemType.STALE_VERSION, "If-Match does not name the current version; the current ETag is \"" + current + "\""));
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(Problem.of(ProblemType.VERSION_REQUIRED, "this update needs an If-Match header with the ETag of the version you read"));
    }

    /** 400 for a body that cannot be read as a whole (its charset, its shape, its size in items), named {@code body}. */
    public static ApiProblem badBody(String detail) {
        return new ApiProblem(Problem.of(ProblemType.BAD_REQUEST, detail)
                .withViolations(List.of(new Violation(Violation.BODY, detail))));
    }

    public static ApiProblem invalid(List<Violation> violations) {
        return new ApiProblem(Problem.of(ProblemType.VALIDATION, violations.size() + " field(s) are not valid").withViolations(violations));
    }

    /** 422 for well-formed input that breaks the rules of what it refers to, field by field. */
    public static ApiProblem unprocessableFields(String detail, List<Violation> violations) {
        return new ApiProblem(Problem.of(ProblemType.UNPROCESSABLE, detail).withViolations(violations));
    }

    public static ApiProblem unprocessable(String detail, List<?> errors) {
        return new ApiProblem(Problem.of(ProblemType.UNPROCESSABLE, detail).withErrors(errors));
    }
}
