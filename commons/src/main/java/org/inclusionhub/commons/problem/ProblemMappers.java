package org.inclusionhub.commons.problem;

import org.inclusionhub.commons.api.Text;
import org.inclusionhub.commons.domain.DomainException;
import org.inclusionhub.commons.domain.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.inclusionhub.commons.Throwables;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to an RFC 9457 problem+json answer; never a stack trace. */
public class ProblemMappers {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response domainProblem(DomainException e, UriInfo uri) {
        return respond(DomainProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return respond(ApiProblem.invalid(violations).problem(), uri);
    }

    /**
     * A change that met another one to the same resource at the same time. 412 answers a precondition the client
     * sent (If-Match naming a version, RFC 9110 section 15.5.13); without one, or with {@code If-Match: *}, the
     * request lost a race it could not foresee: 409, to retry.
     */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return respond(Problem.of(ProblemType.CONFLICT, "another request changed the resource at the same time; "
                    + "send the request again"), uri);
        }
        return respond(Problem.of(ProblemType.STALE_VERSION, "the resource was changed by another request at the same time; read it again and retry"), uri);
    }

    /** A unique key that a concurrent request took first (the domain checks it, but cannot lock it). */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return respond(Problem.of(ProblemType.CONFLICT, "another resource already holds the same unique key ("
                    + e.getConstraintName() + ")"), uri);
        }
        return failed(e, uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Violation violation = JsonMessages.violation(e);
        String detail = "the request body is not valid JSON for this resource: "
                + (Violation.BODY.equals(violation.field()) ? "" : violation.field() + " ") + violation.message();
        return respond(Problem.of(ProblemType.MALFORMED_BODY, detail).withViolations(List.of(violation)), uri);
    }

    @ServerExceptionMapper
    public Response throttled(org.inclusionhub.commons.security.AuthenticationThrottled e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.RATE_LIMITED, e.getMessage());
        return Response.fromResponse(respond(problem, uri)).header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.UNAUTHORIZED, "this request needs a valid API key: Authorization: Bearer <key>");
        return Response.fromResponse(respond(problem, uri)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "your API key's role may not do this"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e.getCause() instanceof ApiProblem problem) {
            // thrown by a parameter converter or a body reader that names what it could not read
            return respond(problem.problem(), uri);
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // a parameter of a type without a strict converter (StrictParams) could not be converted
            return respond(Problem.of(ProblemType.BAD_REQUEST, "a parameter could not be read: "
                    + Throwables.rootCause(e).getMessage()), uri);
        }
        if (status >= 500) {
            return failed(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        if (status == 415 || status == 406) {
            // the framework's words name @Consumes and @Produces; the client needs the header it sent
            String header = status == 415 ? HttpHeaders.CONTENT_TYPE : HttpHeaders.ACCEPT;
            String sent = headers.getHeaderString(header);
            String message = (sent == null ? "" : "'" + Text.excerpt(sent, 100) + "' ")
                    + (status == 415 ? "is not a media type this endpoint takes" : "names no media type this endpoint answers with")
                    + " (its operation in /q/openapi lists them)";
            return respond(Problem.of(status, title, header + " " + message).withViolations(List.of(new Violation(header, message))), uri);
        }
        return respond(Problem.of(status, title, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return failed(e, uri);
    }

    /** 500 with an error id that is also in the log line holding the cause. */
    private static Response failed(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, error id %s, %s", id, uri.getPath());
        return respond(Problem.of(ProblemType.INTERNAL_ERROR, "the server could not answer this request; quote error id " + id).withErrorId(id), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.instance() == null ? problem.at(uri.getPath()) : problem).build();
    }

    /** {@code create.request.organisations[0].type} becomes {@code organisations[0].type}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        int first = 0;
        for (int i = 0; i < nodes.size(); i++) {
            ElementKind kind = nodes.get(i).getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER) {
                first = i + 1;
            }
        }
        if (first == nodes.size() && !nodes.isEmpty()) {
            return nodes.get(nodes.size() - 1).getName();
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(first, nodes.size())) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }
}
