package org.inclusionhub.assessment.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.live.ChangeFeed;
import org.inclusionhub.commons.live.ChangePosition;

/**
 * The assessments' changes feed, for portals that mirror the public assessments: every assessment submitted or
 * withdrawn after a position, once, as it is now. Drafts are never public, so only submissions and withdrawals
 * are logged (with their events); a withdrawn assessment is the mirror's tombstone: it no longer counts.
 */
@ApplicationScoped
public class AssessmentChanges {

    /** The change-log stream of public assessment changes. */
    public static final String STREAM = "assessments";

    /** One changed assessment at the position of its latest change in the page. */
    public record Entry(ChangePosition position, Assessment assessment) {
    }

    /** A page of entries; {@code next} is where the next page starts, {@code head} the newest visible change. */
    public record Page(List<Entry> entries, ChangePosition next, ChangePosition head) {
    }

    private final ChangeFeed feed;

    public AssessmentChanges(ChangeFeed feed) {
        this.feed = feed;
    }

    public ChangePosition head() {
        return feed.head(STREAM);
    }

    /** @throws InvalidInputException as {@link ChangeFeed#after} does */
    @Transactional
    public Page after(ChangePosition after, int limit) {
        ChangeFeed.Page page = feed.after(STREAM, after, limit);
        List<UUID> ids = page.entries().stream().map(e -> UUID.fromString(e.subject())).toList();
        Map<UUID, Assessment> found = Assessment.<Assessment>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Entry> entries = new ArrayList<>(ids.size());
        for (ChangeFeed.Entry e : page.entries()) {
            Assessment assessment = found.get(UUID.fromString(e.subject()));
            if (assessment != null) {
                entries.add(new Entry(e.position(), assessment));
            }
        }
        return new Page(entries, page.next(), page.head());
    }
}
