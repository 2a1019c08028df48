package org.inclusionhub.commons.domain;

import java.util.List;

/** The request is valid, but the current state does not allow it (a transition, a duplicate, an immutable record). */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message, List.of());
    }
}
