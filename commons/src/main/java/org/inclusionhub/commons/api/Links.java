package org.inclusionhub.commons.api;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Web links (RFC 8288) for paged answers: the request's own URI with the parameters of the next page. */
public final class Links {

    private Links() {
    }

    /** The next keyset page of a list: the request with {@code cursor} set and {@code page} left out. */
    public static String nextCursor(UriInfo request, String cursor) {
        return next(request.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor", cursor));
    }

    /** The next page of a changes feed: the request with {@code after} and {@code limit} set. */
    public static String nextAfter(UriInfo request, Object after, int limit) {
        return next(request.getRequestUriBuilder().replaceQueryParam("after", after).replaceQueryParam("limit", limit));
    }

    /** {@code <path?query>; rel="next"}, relative to the service. */
    private static String next(UriBuilder next) {
        URI target = next.build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"next\"";
    }
}
