package org.inclusionhub.commons.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of problem the three services answer, each with a stable type URI ({@code /problems/<slug>}, relative
 * to the service, RFC 9457 section 3.1.1), so a client tells a stale version from a validation error without
 * reading the English. {@code GET /problems} lists them. A status with no kind of its own (405, 406, 415) keeps
 * {@code about:blank}.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "Validation failed",
            "A field, header or parameter is not valid; violations name each one (field) and say why (message)."),
    MALFORMED_BODY("malformed-body", 400, "Malformed request body",
            "The body is not well-formed JSON (or not UTF-8), or a value has the wrong kind; violations name the field."),
    BAD_REQUEST("bad-request", 400, "Bad request", "The request cannot be read as it is; detail says why."),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized", "No API key, or one that is unknown, rotated or revoked."),
    FORBIDDEN("forbidden", 403, "Forbidden", "The API key's role may not do this."),
    NOT_FOUND("not-found", 404, "Not found", "Nothing is there, or it belongs to another partner."),
    CONFLICT("conflict", 409, "Conflict",
            "The request is valid, but the current state does not allow it (a status transition, a duplicate), or "
                    + "another request changed it at the same time and If-Match named no version: send it again."),
    STALE_VERSION("stale-version", 412, "Precondition failed",
            "If-Match names a version that is no longer current: read again, reapply the change, send the new ETag."),
    CONTENT_TOO_LARGE("content-too-large", 413, "Content too large", "The body is larger than this service takes."),
    URI_TOO_LONG("uri-too-long", 414, "URI too long", "The request URI is longer than this service takes."),
    UNPROCESSABLE("unprocessable", 422, "Unprocessable content",
            "Well-formed, but it does not fit what it refers to (a survey's questions, the catalogue, an idempotency key "
                    + "used for other content); violations or errors say where."),
    VERSION_REQUIRED("version-required", 428, "Precondition required",
            "This change needs If-Match with the ETag of the version it was based on (RFC 6585)."),
    RATE_LIMITED("rate-limited", 429, "Too Many Requests", "Too many failed authentications from this address; wait Retry-After seconds."),
    INTERNAL_ERROR("internal-error", 500, "Internal server error",
            "A failure on our side; errorId names the logged cause for the operators. Nothing was half done.");

    private final String slug;
    private final int status;
    private final String title;
    private final String description;

    ProblemType(String slug, int status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    /** The type URI, relative to the service. */
    public String uri() {
        return "/problems/" + slug;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The kind a bare status stands for, when exactly one kind has that status (400 has several, 405 none). */
    public static Optional<ProblemType> onlyOfStatus(int status) {
        List<ProblemType> kinds = Arrays.stream(values()).filter(t -> t.status == status).toList();
        return kinds.size() == 1 ? Optional.of(kinds.get(0)) : Optional.empty();
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
