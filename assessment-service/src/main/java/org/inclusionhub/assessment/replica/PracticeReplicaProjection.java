package org.inclusionhub.assessment.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.inbox.IncomingEvents;

/**
 * Keeps the practice replica from the practices topic: idempotent, and never lets an older version win.
 * Consumed a batch of records at a time: per batch, in one transaction, the unprocessed events are recorded
 * as processed, folded in order to the newest state of each practice (an event older than the state it
 * follows is skipped, an equal version overwrites) and written in one statement, which again keeps a newer
 * stored version. A failing batch is retried with backoff.
 */
@ApplicationScoped
public class PracticeReplicaProjection {

    static final String CONSUMER = "practice-replica";

    /** The fields of a practice event this service needs; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PracticeSnapshot(UUID id, String title, String country, String region, String scope, List<String> themes,
            List<String> targetGroups, String status, long version) {
    }

    private static final String DELETED = "practice.deleted";
    private static final Set<String> TYPES = Set.of("practice.created", "practice.updated", "practice.published",
            "practice.archived", DELETED);

    private final IncomingEvents incoming;
    private final PracticeReplicaStore store;

    public PracticeReplicaProjection(IncomingEvents incoming, PracticeReplicaStore store) {
        this.incoming = incoming;
        this.store = store;
    }

    /** Applies one batch of practice events (CloudEvents JSON texts, in topic order) in one transaction. */
    @Incoming("practices")
    @Blocking(ordered = true)
    @Retry(maxRetries = 8, delay = 200, maxDuration = 120, durationUnit = ChronoUnit.SECONDS)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void onPracticeEvents(List<String> payloads) {
        QuarkusTransaction.requiringNew().run(() -> apply(payloads));
    }

    private void apply(List<String> payloads) {
        Map<UUID, PracticeReplicaStore.State> newest = new LinkedHashMap<>();
        for (CloudEvent event : incoming.acceptAll(CONSUMER, payloads, TYPES)) {
            PracticeSnapshot p = incoming.data(event, PracticeSnapshot.class);
            if (p.id() == null) {
                continue;
            }
            PracticeReplicaStore.State folded = newest.get(p.id());
            if (folded == null || folded.snapshot().version() <= p.version()) {
                newest.put(p.id(), new PracticeReplicaStore.State(p, DELETED.equals(event.type())));
            }
        }
        store.upsert(newest.values());
    }
}
