package org.inclusionhub.commons.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the three dashboards are, for the links in each page's header ({@code inclusionhub.dashboards.*}). */
@ConfigMapping(prefix = "inclusionhub.dashboards")
public interface DashboardsConfig {

    @WithDefault("http://localhost:8081/dashboard/")
    String practicesUrl();

    @WithDefault("http://localhost:8082/dashboard/")
    String assessmentsUrl();

    @WithDefault("http://localhost:8083/dashboard/")
    String surveysUrl();
}
