package org.inclusionhub.assessment.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.inbox.IncomingEvents;

/** Keeps the practice replica from the practices topic: idempotent, and never lets an older version win. */
@ApplicationScoped
public class PracticeReplicaUpdater {

    static final String CONSUMER = "practice-replica";

    /** The fields of a practice event this service needs; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PracticeSnapshot(UUID id, String title, String country, List<String> themes, String status, long version) {
    }

    private static final Set<String> TYPES = Set.of("practice.created", "practice.updated", "practice.published",
            "practice.archived", "practice.deleted");

    private final IncomingEvents incoming;

    public PracticeReplicaUpdater(IncomingEvents incoming) {
        this.incoming = incoming;
    }

    @Incoming("practices")
    @Blocking(ordered = true)
    @Transactional
    public void onPracticeEvent(String payload) {
        incoming.accept(CONSUMER, payload, TYPES)
                .ifPresent(event -> apply(event.type(), incoming.data(event, PracticeSnapshot.class)));
    }

    static void apply(String type, PracticeSnapshot p) {
        PracticeReplica replica = PracticeReplica.findById(p.id());
        if (replica != null && replica.version > p.version()) {
            return;
        }
        if (replica == null) {
            replica = new PracticeReplica();
            replica.id = p.id();
        }
        replica.title = p.title();
        replica.country = p.country();
        replica.themes = p.themes() == null ? List.of() : p.themes();
        replica.status = p.status();
        replica.version = p.version();
        replica.deleted = "practice.deleted".equals(type);
        replica.updatedAt = Instant.now();
        replica.persist();
    }
}
