package org.inclusionhub.commons.domain;

/**
 * Who acts, as the application services see it: the owner named by the API key, and whether the key is an
 * admin's (an admin reads and changes what every owner holds). Built at the edge from the security identity
 * ({@code org.inclusionhub.commons.api.Callers}).
 */
public record Caller(String owner, boolean admin) {

    /** @return whether this caller may read and change what {@code holder} owns */
    public boolean actsFor(String holder) {
        return admin || owner.equals(holder);
    }
}
