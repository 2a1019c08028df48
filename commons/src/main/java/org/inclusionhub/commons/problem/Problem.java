package org.inclusionhub.commons.problem;

import org.inclusionhub.commons.domain.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details document; {@code errorId} (500 only) is the id of the logged failure. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations, List<?> errors, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of one of our kinds: its type URI, status and title. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null);
    }

    /**
     * A problem known only by its HTTP status: the one kind with that status, or else {@code about:blank}
     * (RFC 9457 section 4.2.1).
     */
    public static Problem of(int status, String title, String detail) {
        return ProblemType.onlyOfStatus(status).map(t -> of(t, detail))
                .orElseGet(() -> new Problem("about:blank", title, status, detail, null, null, null, null));
    }

    /**
     * Violations or errors one answer lists, the first ones found: a body of 200 000 unknown answer keys answered
     * 15.7 MB naming each. The detail says how many there were.
     */
    public static final int MAX_LISTED = 100;

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, listed(list), instance, first(list), errors, errorId);
    }

    public Problem withErrors(List<?> list) {
        return new Problem(type, title, status, listed(list), instance, violations, first(list), errorId);
    }

    private String listed(List<?> list) {
        return list == null || list.size() <= MAX_LISTED ? detail
                : detail + " (" + list.size() + " in all; the first " + MAX_LISTED + " are listed)";
    }

    private static <T> List<T> first(List<T> list) {
        return list == null || list.size() <= MAX_LISTED ? list : List.copyOf(list.subList(0, MAX_LISTED));
    }

    /** A 500 carries the id under which its cause was logged. */
    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, violations, errors, id);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, violations, errors, errorId);
    }
}
