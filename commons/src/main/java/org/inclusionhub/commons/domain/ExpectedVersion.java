package org.inclusionhub.commons.domain;

/**
 * The version of an aggregate that a caller read and means to change (optimistic concurrency). At the HTTP
 * edge it comes from If-Match ({@code org.inclusionhub.commons.api.ETags#expected}).
 *
 * @param any      whether any current version will do ({@code If-Match: *})
 * @param versions the versions named, any of which will do (If-Match may list several tags); empty when none
 *                 was given
 */
public record ExpectedVersion(boolean any, java.util.Set<Long> versions) {

    /** Nothing named. */
    public static final ExpectedVersion NONE = new ExpectedVersion(false, java.util.Set.of());
    /** Any current version will do. */
    public static final ExpectedVersion ANY = new ExpectedVersion(true, java.util.Set.of());

    /** Several versions, any of which will do (a tag that names no version of ours counts as -1, never current). */
    public static ExpectedVersion anyOf(java.util.Collection<Long> versions) {
        return new ExpectedVersion(false, java.util.Set.copyOf(versions));
    }

    /** Whether the caller named anything: {@code *} or at least one version. */
    public boolean given() {
        return any || !versions.isEmpty();
    }

    /**
     * For changes that must name a version.
     *
     * @throws VersionRequiredException when none is named
     * @throws StaleVersionException when the one named is not {@code current}
     */
    public void require(long current) {
        if (!any && versions.isEmpty()) {
            throw new VersionRequiredException();
        }
        if (!any && !versions.contains(current)) {
            throw new StaleVersionException(current);
        }
    }

    /** For changes that may name a version: checked as {@link #require} when one is given. */
    public void checkIfGiven(long current) {
        if (given()) {
            require(current);
        }
    }
}
