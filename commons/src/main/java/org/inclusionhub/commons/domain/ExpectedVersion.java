package org.inclusionhub.commons.domain;

/**
 * The version of an aggregate that a caller read and means to change (optimistic concurrency). At the HTTP
 * edge it comes from If-Match ({@code org.inclusionhub.commons.api.ETags#expected}).
 *
 * @param given   whether the caller named anything
 * @param any     whether any current version will do ({@code If-Match: *})
 * @param version the version named, or null when none was (or an empty one was) given
 */
public record ExpectedVersion(boolean given, boolean any, Long version) {

    /** Nothing named. */
    public static final ExpectedVersion NONE = new ExpectedVersion(false, false, null);
    /** Any current version will do. */
    public static final ExpectedVersion ANY = new ExpectedVersion(true, true, null);
    /** Something named that is no version (an empty header): as missing where a version is required. */
    public static final ExpectedVersion EMPTY = new ExpectedVersion(true, false, null);

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(true, false, version);
    }

    /**
     * For changes that must name a version.
     *
     * @throws VersionRequiredException when none is named
     * @throws StaleVersionException when the one named is not {@code current}
     */
    public void require(long current) {
        if (!any && version == null) {
            throw new VersionRequiredException();
        }
        if (!any && version != current) {
            throw new StaleVersionException(current);
        }
    }

    /** For changes that may name a version: checked as {@link #require} when one is given. */
    public void checkIfGiven(long current) {
        if (given) {
            require(current);
        }
    }
}
