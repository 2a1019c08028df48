package org.inclusionhub.commons.security;

import java.util.Set;

/** The roles an API key can carry. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String PARTNER = "partner";
    public static final Set<String> ALL = Set.of(ADMIN, EDITOR, PARTNER);

    private Roles() {
    }
}
