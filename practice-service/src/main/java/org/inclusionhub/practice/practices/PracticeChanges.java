package org.inclusionhub.practice.practices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.live.ChangePosition;
import org.inclusionhub.commons.live.ChangeFeed;
import org.inclusionhub.practice.live.CatalogueStream;

/**
 * The catalogue's changes feed, for a portal that mirrors it: every practice whose public state may have
 * changed (content, status or scores), in commit-safe order, read from the catalogue's change log through
 * {@link ChangeFeed}.
 * A practice that is not published (archived, or never public) is a tombstone: a mirror removes it.
 */
@ApplicationScoped
public class PracticeChanges {

    /** One changed practice at the position of its latest change in the page; {@code practice} is null for a tombstone. */
    public record Entry(ChangePosition position, UUID id, PracticeStatus status, Practice practice) {
    }

    /** A page of entries; {@code next} is where the next page starts, {@code head} the newest visible change. */
    public record Page(List<Entry> entries, ChangePosition next, ChangePosition head) {
    }

    private final ChangeFeed feed;
    private final Practices practices;

    public PracticeChanges(ChangeFeed feed, Practices practices) {
        this.feed = feed;
        this.practices = practices;
    }

    /** The newest visible change: where a mirror that has just copied the list follows from. */
    public ChangePosition head() {
        return feed.head(CatalogueStream.NAME);
    }

    /**
     * The practices changed after {@code after}, each once, at most {@code limit} log entries read.
     *
     * @throws InvalidInputException as {@link ChangeFeed#after} does
     */
    @Transactional
    public Page after(ChangePosition after, int limit) {
        ChangeFeed.Page page = feed.after(CatalogueStream.NAME, after, limit);
        Map<UUID, Practice> found = practices.byIds(page.entries().stream().map(e -> UUID.fromString(e.subject())).toList());
        List<Entry> entries = new ArrayList<>(page.entries().size());
        for (ChangeFeed.Entry e : page.entries()) {
            Practice practice = found.get(UUID.fromString(e.subject()));
            PracticeStatus status = practice == null ? null : practice.status();
            entries.add(new Entry(e.position(), UUID.fromString(e.subject()), status,
                    status == PracticeStatus.PUBLISHED ? practice : null));
        }
        return new Page(entries, page.next(), page.head());
    }
}
