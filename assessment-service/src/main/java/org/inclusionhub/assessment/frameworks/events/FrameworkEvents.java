package org.inclusionhub.assessment.frameworks.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.inclusionhub.assessment.frameworks.Framework;
import org.inclusionhub.commons.events.TopicsConfig;
import org.inclusionhub.commons.outbox.OutboxWriter;

/**
 * The events of the frameworks topic: {@code framework.published} for a stored framework version (schema
 * {@code contracts/events/framework.schema.json}), keyed by the version's id. The topic is compacted, so it keeps
 * the latest event of every version beyond the retention of the other topics.
 */
@ApplicationScoped
public class FrameworkEvents {

    public static final String PUBLISHED = "framework.published";

    /** The data of {@code framework.published}: a version's identity, not its definition (read that by API). */
    public record FrameworkPublished(UUID id, String code, int version, String name, String kind, Instant createdAt) {

        static FrameworkPublished of(Framework f) {
            return new FrameworkPublished(f.id, f.code, f.version, f.name, f.kind, f.createdAt);
        }
    }

    private final OutboxWriter outbox;
    private final String topic;

    public FrameworkEvents(OutboxWriter outbox, TopicsConfig topics) {
        this.outbox = outbox;
        this.topic = topics.frameworks();
    }

    /** Appends the version's event to the outbox, in the caller's transaction. */
    public void published(Framework framework) {
        outbox.append(topic, PUBLISHED, framework.id.toString(), FrameworkPublished.of(framework));
    }
}
