package org.inclusionhub.commons.api;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/** Web links (RFC 8288) for paged answers. */
public final class Links {

    private Links() {
    }

    /** {@code <path?query>; rel="next"} for the request URI built by {@code next}, relative to the service. */
    public static String next(UriBuilder next) {
        URI target = next.build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"next\"";
    }
}
