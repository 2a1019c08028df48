package org.inclusionhub.practice.practices.events;

import org.inclusionhub.commons.events.TopicsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.commons.outbox.OutboxWriter;
import org.inclusionhub.practice.live.CatalogueStream;
import org.inclusionhub.practice.practices.Practice;
import org.inclusionhub.practice.practices.PracticeStatus;

/**
 * The events of the practices topic, each with a {@link PracticeEvent} as its data. Documented in the
 * README (Events).
 */
@ApplicationScoped
public class PracticeEvents {

    public static final String CREATED = "practice.created";
    public static final String UPDATED = "practice.updated";
    public static final String PUBLISHED = "practice.published";
    public static final String ARCHIVED = "practice.archived";
    public static final String DELETED = "practice.deleted";

    private final OutboxWriter outbox;
    private final StatisticsChanges changes;
    private final String topic;

    public PracticeEvents(OutboxWriter outbox, StatisticsChanges changes,
            TopicsConfig topics) {
        this.outbox = outbox;
        this.changes = changes;
        this.topic = topics.practices();
    }

    /** Appends the event; the public change stream hears of it only when the practice is not a draft. */
    public void record(String type, Practice practice) {
        outbox.append(topic, type, practice.id.toString(), PracticeEvent.of(practice));
        if (practice.status() != PracticeStatus.DRAFT) {
            changes.record(CatalogueStream.NAME, practice.id.toString());
        }
    }
}
