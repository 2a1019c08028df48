package org.inclusionhub.commons.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Caching of what the static handler serves at unversioned URLs: the dashboards' pages and scripts, and the event
 * contract ({@code /asyncapi.yaml}, {@code /contracts/...}). The handler's default, immutable for a day, would keep
 * an old page, script or contract in browsers and caches after an upgrade, so they are sent {@code no-cache}
 * instead, which makes a client revalidate (Last-Modified) before each use. Versioned URLs (the Chart.js WebJar)
 * keep their long caching. Answers to a cross-origin request also carry {@code Vary: Origin}, since the CORS
 * headers echo the origin: a shared cache must not hand one portal's answer to another.
 */
@ApplicationScoped
public class StaticResourceCaching {

    static final String REVALIDATE = "no-cache";

    void install(@Observes Router router) {
        router.routeWithRegex("/(dashboard(-assets)?(/.*)?|asyncapi\\.yaml|contracts/.*)").order(-2).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", REVALIDATE));
            ctx.next();
        });
        router.route().order(-3).handler(ctx -> {
            if (ctx.request().getHeader("Origin") != null) {
                ctx.addHeadersEndHandler(v -> ctx.response().headers().add("Vary", "Origin"));
            }
            ctx.next();
        });
    }
}
