package org.inclusionhub.commons.domain;

/** One field-level problem of a request: the field's path (e.g. {@code organisations[0].type}) and what is wrong. */
public record Violation(String field, String message) {

    /** The field of a problem with the request's body as a whole (not JSON, empty, too many items). */
    public static final String BODY = "body";
}
