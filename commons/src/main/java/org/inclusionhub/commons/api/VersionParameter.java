package org.inclusionhub.commons.api;

/**
 * The {@code version} query parameter of surveys and frameworks: a version number counts from 1, so 0 or a
 * negative number is refused (400 naming {@code version}) rather than looked up and answered 404. Used as
 * {@code @Min(value = 1, message = VersionParameter.FROM_ONE)}.
 */
public final class VersionParameter {

    public static final String FROM_ONE = "must be 1 or more (versions count from 1)";

    private VersionParameter() {
    }
}
