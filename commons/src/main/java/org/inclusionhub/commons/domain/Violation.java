package org.inclusionhub.commons.domain;

/** One field-level problem of a request: the field's path (e.g. {@code organisations[0].type}) and what is wrong. */
public record Violation(String field, String message) {
}
