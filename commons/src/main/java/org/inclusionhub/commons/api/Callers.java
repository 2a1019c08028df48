package org.inclusionhub.commons.api;

import io.quarkus.security.identity.SecurityIdentity;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.security.Roles;

/** The {@link Caller} of a request, from its authenticated identity (the API key's owner and role). */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN));
    }

    /** @return the caller, or null for an anonymous request */
    public static Caller ofOrNull(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : of(identity);
    }
}
