package org.inclusionhub.commons.domain;

import java.util.List;

/** There is no {@code what} with this id, or the caller may not know of it. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist", List.of());
    }
}
