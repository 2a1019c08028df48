package org.inclusionhub.commons;

/** Helpers for exceptions. */
public final class Throwables {

    private Throwables() {
    }

    /** The innermost cause: what actually went wrong beneath the wrappers. */
    public static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
