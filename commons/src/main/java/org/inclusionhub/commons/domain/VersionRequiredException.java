package org.inclusionhub.commons.domain;

import java.util.List;

/** A change that must name the version it was based on, and named none. */
public final class VersionRequiredException extends DomainException {

    public VersionRequiredException() {
        super("this change must name the version it is based on", List.of());
    }
}
