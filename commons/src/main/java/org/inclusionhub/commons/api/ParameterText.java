package org.inclusionhub.commons.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.domain.Violation;

/**
 * Path and query parameters must percent-decode strictly to well-formed text (UTF-8, no NUL, no lone
 * surrogate); otherwise 400 naming each parameter. The raw URI is decoded here because the
 * framework's own decoding replaces invalid bytes with U+FFFD.
 */
@Provider
public class ParameterText implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        List<Violation> violations = new ArrayList<>();
        checkPath(uri, violations);
        String query = uri.getRequestUri().getRawQuery();
        Set<String> named = new LinkedHashSet<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String problem = PercentEncoding.problem(name, true);
            if (problem != null) {
                violations.add(new Violation("parameter name", problem));
            } else if (eq >= 0 && (problem = PercentEncoding.problem(pair.substring(eq + 1), true)) != null
                    && named.add(PercentEncoding.decode(name, true))) {
                violations.add(new Violation(PercentEncoding.decode(name, true), problem));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
    }

    /** Names the path parameter at fault: the one with NUL, or the one the lenient decoder filled with U+FFFD. */
    private static void checkPath(UriInfo uri, List<Violation> violations) {
        String problem = PercentEncoding.problem(uri.getRequestUri().getRawPath(), false);
        if (problem == null) {
            return;
        }
        int before = violations.size();
        uri.getPathParameters(true).forEach((name, values) -> values.stream()
                .filter(v -> Text.problem(v) != null || v.indexOf('\uFFFD') >= 0).findFirst()
                .ifPresent(v -> violations.add(new Violation(name, problem))));
        if (violations.size() == before) {
            violations.add(new Violation("path", problem));
        }
    }
}
