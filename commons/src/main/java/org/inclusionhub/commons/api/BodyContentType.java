package org.inclusionhub.commons.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.problem.Problem;

/**
 * A request body must say what it is: without {@code Content-Type} it was read as JSON. It answers 415 (RFC
 * 9110, section 15.5.16) before anything is read. The charset a body declares is honoured ({@link Utf8Bodies}).
 */
@Provider
@PreMatching
public class BodyContentType implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!hasBody(request)) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (declared == null || declared.isBlank()) {
            throw unsupported("a request body needs a Content-Type, e.g. application/json");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.strip().equals("0")) || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static ApiProblem unsupported(String detail) {
        return new ApiProblem(Problem.of(415, "Unsupported Media Type", detail));
    }
}
