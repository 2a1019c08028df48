package org.inclusionhub.survey.responses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inclusionhub.commons.domain.Caller;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.live.ChangeFeed;
import org.inclusionhub.commons.live.ChangePosition;

/**
 * The responses' changes feed, for a partner (or an admin) that mirrors a survey's responses: every response
 * submitted, updated or withdrawn after a position, once, as it is now. Responses are never deleted; a withdrawn one
 * is the mirror's tombstone. One log stream serves every survey; a page holds only the survey's responses the caller
 * may read, so it may hold fewer items than the entries it read.
 */
@ApplicationScoped
public class ResponseChanges {

    /** The change-log stream of response changes. */
    public static final String STREAM = "survey-responses";

    /** One changed response at the position of its latest change in the page. */
    public record Entry(ChangePosition position, SurveyResponse response) {
    }

    /** A page of entries; {@code next} is where the next page starts, {@code head} the newest visible change. */
    public record Page(List<Entry> entries, ChangePosition next, ChangePosition head) {
    }

    private final ChangeFeed feed;

    public ResponseChanges(ChangeFeed feed) {
        this.feed = feed;
    }

    public ChangePosition head() {
        return feed.head(STREAM);
    }

    /** @throws InvalidInputException as {@link ChangeFeed#after} does */
    @Transactional
    public Page after(String surveyCode, Caller caller, ChangePosition after, int limit) {
        ChangeFeed.Page page = feed.after(STREAM, after, limit);
        List<UUID> ids = page.entries().stream().map(e -> UUID.fromString(e.subject())).toList();
        Map<UUID, SurveyResponse> found = SurveyResponse.<SurveyResponse>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<Entry> entries = new ArrayList<>(ids.size());
        for (ChangeFeed.Entry e : page.entries()) {
            SurveyResponse response = found.get(UUID.fromString(e.subject()));
            if (response != null && response.surveyCode.equals(surveyCode) && caller.actsFor(response.owner)) {
                entries.add(new Entry(e.position(), response));
            }
        }
        return new Page(entries, page.next(), page.head());
    }
}
