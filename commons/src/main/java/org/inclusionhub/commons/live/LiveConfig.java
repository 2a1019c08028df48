package org.inclusionhub.commons.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Live statistics streams ({@code inclusionhub.live.*}). */
@ConfigMapping(prefix = "inclusionhub.live")
public interface LiveConfig {

    /** The fallback poll of the change log; a commit wakes the streams at once through LISTEN/NOTIFY. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** A comment line sent this often, so proxies keep an idle stream open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** How long changes are kept; a client resuming with an older Last-Event-ID reloads its figures. */
    @WithDefault("72h")
    Duration retention();
}
