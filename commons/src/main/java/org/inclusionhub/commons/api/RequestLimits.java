package org.inclusionhub.commons.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inclusionhub.commons.problem.Problem;
import org.inclusionhub.commons.problem.ProblemType;
import org.inclusionhub.commons.domain.Violation;

/**
 * Refuses, before routing and with problem+json, what the HTTP layer would otherwise refuse with an
 * empty body: a URI longer than {@code inclusionhub.http.max-uri-length} (414), a declared body larger
 * than {@code quarkus.http.limits.max-body-size} (413), malformed percent-encoding or another
 * malformed URI, and a query parameter given twice (400). A body streamed in chunks (RFC 9112 section 7.1)
 * declares no length: it is read here, up to the limit, and refused with problem+json past it, where RESTEasy
 * Reactive would stop reading it half-way with an empty 413.
 */
@ApplicationScoped
public class RequestLimits {

    private final ObjectMapper mapper;
    private final int maxUriLength;
    private final Optional<MemorySize> maxBodySize;
    /** Reads a chunked body whole (up to the limit) before routing; RESTEasy then takes it as read. */
    private final Optional<BodyHandler> chunkedBodies;

    public RequestLimits(ObjectMapper mapper,
            HttpLimitsConfig limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.mapper = mapper;
        this.maxUriLength = limits.maxUriLength();
        this.maxBodySize = maxBodySize;
        this.chunkedBodies = maxBodySize.map(max -> BodyHandler.create(false).setBodyLimit(max.asLongValue()));
    }

    void install(@Observes Router router) {
        // before Quarkus' own body size check (order -2)
        router.route().order(-3).handler(this::check).failureHandler(this::tooLarge);
        // the router itself fails, before any route, a request whose path cannot be percent-decoded
        router.errorHandler(400, this::malformed);
    }

    private void malformed(RoutingContext ctx) {
        Violation malformed = ctx.response().headWritten() ? null : invalidUri(ctx.request().uri());
        if (malformed != null) {
            refuse(ctx, Problem.of(ProblemType.VALIDATION, "1 field(s) are not valid").withViolations(List.of(malformed)), false);
        }
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > maxUriLength) {
            refuse(ctx, Problem.of(ProblemType.URI_TOO_LONG, "the request URI has " + uri.length() + " characters; at most " + maxUriLength + " are accepted"), true);
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (maxBodySize.isPresent() && length != null && length.matches("\\d{1,18}")
                && Long.parseLong(length) > maxBodySize.get().asLongValue()) {
            refuse(ctx, Problem.of(ProblemType.CONTENT_TOO_LARGE, "the request body has " + length + " bytes; at most "
                    + maxBodySize.get().asLongValue() + " are accepted"), true);
            return;
        }
        Violation malformed = invalidUri(uri);
        if (malformed == null) {
            malformed = repeatedParameter(uri);
        }
        if (malformed != null) {
            refuse(ctx, Problem.of(ProblemType.VALIDATION, "1 field(s) are not valid")
                    .withViolations(List.of(malformed)), false);
            return;
        }
        String encoding = ctx.request().getHeader("Transfer-Encoding");
        if (chunkedBodies.isPresent() && length == null && encoding != null && encoding.toLowerCase().contains("chunked")) {
            chunkedBodies.get().handle(ctx); // goes on with ctx.next() once read, or fails with 413 (tooLarge)
            return;
        }
        ctx.next();
    }

    /** The failure of a chunked body past the limit (BodyHandler fails the request with 413). */
    private void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413 || ctx.response().headWritten() || maxBodySize.isEmpty()) {
            ctx.next();
            return;
        }
        refuse(ctx, Problem.of(ProblemType.CONTENT_TOO_LARGE, "the request body is larger than this service takes: at most "
                + maxBodySize.get().asLongValue() + " bytes are accepted"), true);
    }

    /**
     * Quarkus refuses a URI that {@link URI} cannot parse with an empty 400 unless the JVM runs with
     * {@code -Dvertx.disableURIValidation=true} (run.sh, the Dockerfiles and the tests set it); this
     * check takes its place and names the parameter.
     */
    static Violation invalidUri(String uri) {
        Violation malformed = malformedEscape(uri);
        if (malformed != null) {
            return malformed;
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            int q = uri.indexOf('?');
            if (e.getIndex() >= 0 && q >= 0 && e.getIndex() > q) {
                return new Violation(parameterAt(uri, q, e.getIndex()),
                        "is not a valid URI: " + e.getReason() + " (percent-encode it as UTF-8)");
            }
            return new Violation("path", "is not a valid URI: " + e.getReason());
        }
    }

    /** The (decoded) name of the query parameter whose text holds {@code index}; "query" when it has none. */
    private static String parameterAt(String uri, int q, int index) {
        int start = q + 1;
        while (start <= uri.length()) {
            int end = uri.indexOf('&', start);
            end = end < 0 ? uri.length() : end;
            if (index < end) {
                int eq = uri.indexOf('=', start);
                String name = eq < 0 || eq > end ? uri.substring(start, end) : uri.substring(start, eq);
                boolean readable = !name.isEmpty() && name.chars().allMatch(c -> c > 32 && c < 127)
                        && PercentEncoding.problem(name, true) == null;
                return readable ? PercentEncoding.decode(name, true) : "query";
            }
            start = end + 1;
        }
        return "query";
    }

    /** Only broken {@code %} escapes: strict UTF-8 and text checks per parameter are {@link ParameterText}'s. */
    static Violation malformedEscape(String uri) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        if (hasBrokenEscape(path)) {
            return new Violation("path", "has malformed percent-encoding");
        }
        if (q >= 0) {
            for (String pair : uri.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (hasBrokenEscape(pair)) {
                    String shown = hasBrokenEscape(name) ? "parameter name" : PercentEncoding.problem(name, true) == null
                            ? PercentEncoding.decode(name, true) : name;
                    return new Violation(shown, "has malformed percent-encoding");
                }
            }
        }
        return null;
    }

    /**
     * Every query parameter of the three APIs takes one value; a second one (dryRun=true&dryRun=false,
     * filter=a&filter=b) would otherwise be dropped without a word, so it is refused naming the parameter.
     */
    static Violation repeatedParameter(String uri) {
        int q = uri.indexOf('?');
        if (q < 0) {
            return null;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String pair : uri.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentEncoding.decode(eq < 0 ? pair : pair.substring(0, eq), true);
            if (!seen.add(name)) {
                return new Violation(name, "is given more than once; each parameter takes one value");
            }
        }
        return null;
    }

    private static boolean hasBrokenEscape(String raw) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return true;
            }
        }
        return false;
    }

    private void refuse(RoutingContext ctx, Problem problem, boolean close) {
        String body;
        try {
            String path = ctx.request().path();
            body = mapper.writeValueAsString(problem.at(Text.excerpt(path, 200)));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        var response = ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (close) {
            // the body is not read: the connection cannot be reused
            response.putHeader("Connection", "close").endHandler(v -> ctx.request().connection().close());
        }
        response.end(body);
    }
}
