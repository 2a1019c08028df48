package org.inclusionhub.commons.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboards' pages and scripts live at unversioned URLs, so they must not be cached as immutable (the
 * static handler's default, for a day): after an upgrade a browser would keep the old page and script. They
 * are sent {@code no-cache} instead, which makes a browser revalidate (Last-Modified) before each use. Versioned
 * URLs (the Chart.js WebJar) keep their long caching.
 */
@ApplicationScoped
public class DashboardCaching {

    static final String REVALIDATE = "no-cache";

    void install(@Observes Router router) {
        router.routeWithRegex("/dashboard(-assets)?(/.*)?").order(-2).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", REVALIDATE));
            ctx.next();
        });
    }
}
