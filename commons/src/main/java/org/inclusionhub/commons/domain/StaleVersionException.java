package org.inclusionhub.commons.domain;

import java.util.List;

/** The caller expected another version than the current one: someone changed the aggregate since it was read. */
public final class StaleVersionException extends DomainException {

    private final long current;

    public StaleVersionException(long current) {
        super("the expected version is not the current version " + current, List.of());
        this.current = current;
    }

    public long current() {
        return current;
    }
}
