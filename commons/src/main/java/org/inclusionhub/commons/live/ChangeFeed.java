package org.inclusionhub.commons.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Violation;

/**
 * A changes feed over one stream of the change log ({@link StatisticsChanges}), for clients that mirror a
 * collection: the subjects changed after a position, each once at its latest change in the page, in commit-safe
 * order (a change that commits late is never placed behind a position already read). What a subject is now, or
 * that it is gone, the caller reads from its own tables.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The largest page, in log entries. */
    public static final int MAX_LIMIT = 1000;

    /** A subject (e.g. a practice id) at the position of its latest change in the page. */
    public record Entry(ChangePosition position, String subject) {
    }

    /** A page of entries; {@code next} is where the next page starts, {@code head} the newest visible change. */
    public record Page(List<Entry> entries, ChangePosition next, ChangePosition head) {
    }

    private final StatisticsChanges changes;

    public ChangeFeed(StatisticsChanges changes) {
        this.changes = changes;
    }

    /**
     * Checks a request of the feed as sent.
     *
     * @param after the position text, or null for "only the head"
     * @param limit log entries to read, 1 to {@value #MAX_LIMIT}
     * @return the position to read after, or empty for "only the head"
     * @throws InvalidInputException naming {@code after} (not a position) and {@code limit} (out of bounds)
     */
    public static Optional<ChangePosition> request(String after, int limit) {
        List<Violation> violations = new ArrayList<>();
        Optional<ChangePosition> position = after == null ? Optional.empty() : ChangePosition.parse(after);
        if (after != null && position.isEmpty()) {
            violations.add(new Violation("after", "must be a position this feed answered, e.g. 0-0 or the next of a page"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new Violation("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        return position;
    }

    /** The newest visible change of {@code stream}: where a mirror that has just copied the list follows from. */
    @Transactional
    public ChangePosition head(String stream) {
        return changes.head(stream);
    }

    /**
     * The subjects of {@code stream} changed after {@code after}, each once, at most {@code limit} log entries read.
     *
     * @throws InvalidInputException naming {@code after} when the log no longer reaches back there (its retention
     *         purged it: the mirror must copy the list again and follow from the head), or when it is ahead of the
     *         log's head (not a position this feed answered)
     */
    @Transactional
    public Page after(String stream, ChangePosition after, int limit) {
        ChangePosition horizon = changes.horizon(stream);
        if (after.compareTo(horizon) < 0) {
            throw InvalidInputException.of(List.of(new Violation("after", "is older than the change log reaches (" + horizon
                    + "): copy the list again, then follow the changes from its head")));
        }
        ChangePosition head = changes.head(stream);
        if (after.compareTo(head) > 0) {
            throw InvalidInputException.of(List.of(new Violation("after", "is ahead of the change log's head (" + head
                    + "): take next or head from an answer of this feed")));
        }
        List<StatisticsChanges.Change> log = changes.after(stream, after, limit);
        Map<String, ChangePosition> latest = new LinkedHashMap<>();
        for (StatisticsChanges.Change change : log) {
            latest.remove(change.subject());
            latest.put(change.subject(), change.position());
        }
        List<Entry> entries = new ArrayList<>(latest.size());
        latest.forEach((subject, position) -> entries.add(new Entry(position, subject)));
        ChangePosition next = log.isEmpty() ? after : log.get(log.size() - 1).position();
        return new Page(entries, next, head);
    }
}
