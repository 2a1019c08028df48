package org.inclusionhub.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations, List<?> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, list, errors);
    }

    public Problem withErrors(List<?> list) {
        return new Problem(type, title, status, detail, instance, violations, list);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, violations, errors);
    }
}
