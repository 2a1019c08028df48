package org.inclusionhub.practice.practices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.live.ChangePosition;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.practice.live.CatalogueStream;

/**
 * The catalogue's changes feed, for a portal that mirrors it: every practice whose public state may have
 * changed (content, status or scores), in commit-safe order, read from the catalogue's change log (see
 * {@link StatisticsChanges}: a change that commits late is never placed behind a position already read).
 * A practice that is not published (archived, or never public) is a tombstone: a mirror removes it.
 */
@ApplicationScoped
public class PracticeChanges {

    /** The largest page, in changes. */
    public static final int MAX_LIMIT = 1000;

    /** One changed practice at the position of its latest change in the page; {@code practice} is null for a tombstone. */
    public record Entry(ChangePosition position, UUID id, PracticeStatus status, Practice practice) {
    }

    /** A page of entries; {@code next} is where the next page starts, {@code head} the newest visible change. */
    public record Page(List<Entry> entries, ChangePosition next, ChangePosition head) {
    }

    private final StatisticsChanges changes;
    private final Practices practices;

    public PracticeChanges(StatisticsChanges changes, Practices practices) {
        this.changes = changes;
        this.practices = practices;
    }

    /** The newest visible change: where a mirror that has just copied the list follows from. */
    @Transactional
    public ChangePosition head() {
        return changes.head(CatalogueStream.NAME);
    }

    /**
     * The practices changed after {@code after}, each once, at most {@code limit} log entries read.
     *
     * @throws InvalidInputException naming {@code after} when the log no longer reaches back there (its
     *         retention purged it): the mirror must copy the list again and follow from {@code head}; or when
     *         it is ahead of the log's head (not a position this feed answered)
     */
    @Transactional
    public Page after(ChangePosition after, int limit) {
        ChangePosition horizon = changes.horizon(CatalogueStream.NAME);
        if (after.compareTo(horizon) < 0) {
            throw InvalidInputException.of(List.of(new Violation("after", "is older than the change log reaches (" + horizon
                    + "): copy the catalogue from the list again, then follow the changes from its head")));
        }
        ChangePosition head = changes.head(CatalogueStream.NAME);
        if (after.compareTo(head) > 0) {
            throw InvalidInputException.of(List.of(new Violation("after", "is ahead of the change log's head (" + head
                    + "): take next or head from an answer of this feed")));
        }
        List<StatisticsChanges.Change> log = changes.after(CatalogueStream.NAME, after, limit);
        Map<UUID, ChangePosition> latest = new LinkedHashMap<>();
        for (StatisticsChanges.Change change : log) {
            UUID id = UUID.fromString(change.subject());
            latest.remove(id);
            latest.put(id, change.position());
        }
        Map<UUID, Practice> found = practices.byIds(latest.keySet());
        List<Entry> entries = new ArrayList<>(latest.size());
        latest.forEach((id, position) -> {
            Practice practice = found.get(id);
            PracticeStatus status = practice == null ? null : practice.status();
            entries.add(new Entry(position, id, status, status == PracticeStatus.PUBLISHED ? practice : null));
        });
        ChangePosition next = log.isEmpty() ? after : log.get(log.size() - 1).position();
        return new Page(entries, next, head);
    }
}
