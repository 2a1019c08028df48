package org.inclusionhub.commons.security;

/** Too many failed authentications from one client address; answered 429 with Retry-After (seconds). */
public class AuthenticationThrottled extends RuntimeException {

    private final long retryAfterSeconds;

    public AuthenticationThrottled(long retryAfterSeconds) {
        super("too many failed authentications from this address; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
