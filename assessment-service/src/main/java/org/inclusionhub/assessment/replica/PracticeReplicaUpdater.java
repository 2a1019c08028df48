package org.inclusionhub.assessment.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.events.EventSerializer;
import org.inclusionhub.commons.inbox.ProcessedEvents;
import org.jboss.logging.Logger;

/** Keeps the practice replica from the practices topic: idempotent, and never lets an older version win. */
@ApplicationScoped
public class PracticeReplicaUpdater {

    static final String CONSUMER = "practice-replica";
    private static final Logger LOG = Logger.getLogger(PracticeReplicaUpdater.class);

    /** The fields of a practice event this service needs; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PracticeSnapshot(UUID id, String title, String country, List<String> themes, String status, long version) {
    }

    private final EventSerializer serializer;
    private final ProcessedEvents processed;

    public PracticeReplicaUpdater(EventSerializer serializer, ProcessedEvents processed) {
        this.serializer = serializer;
        this.processed = processed;
    }

    @Incoming("practices")
    @Blocking(ordered = true)
    @Transactional
    public void onPracticeEvent(String payload) {
        CloudEvent event;
        try {
            event = serializer.read(payload);
        } catch (IllegalArgumentException e) {
            LOG.warnf("skipping an unreadable record on the practices topic: %s", e.getMessage());
            return;
        }
        if (event.type() == null || !event.type().startsWith("practice.") || event.data() == null) {
            return;
        }
        if (!processed.markFirstDelivery(CONSUMER, event.id())) {
            return;
        }
        apply(event.type(), serializer.dataAs(event, PracticeSnapshot.class));
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
