package org.inclusionhub.commons.live;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.inclusionhub.commons.DatabaseNotifications;

/** A tick whenever a transaction that recorded statistics changes commits (PostgreSQL NOTIFY), in any instance. */
@ApplicationScoped
public class ChangeSignals {

    private final DatabaseNotifications notifications;
    private final BroadcastProcessor<Long> signals = BroadcastProcessor.create();

    public ChangeSignals(DatabaseNotifications notifications) {
        this.notifications = notifications;
    }

    void start(@Observes StartupEvent event) {
        notifications.listen("statistics_change", () -> signals.onNext(System.nanoTime()));
    }

    /** Hot: a subscriber gets the signals after it subscribed, and none that came before. */
    public Multi<Long> signals() {
        return signals;
    }
}
