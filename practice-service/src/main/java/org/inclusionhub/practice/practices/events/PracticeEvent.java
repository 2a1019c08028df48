package org.inclusionhub.practice.practices.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusionhub.practice.practices.Practice;
import org.inclusionhub.practice.practices.PracticeContent;

/**
 * The data of every event of the practices topic: the whole practice after the change, so that a consumer
 * can keep a replica from the events alone. Its own record, apart from the API's {@code PracticeResponse},
 * so that a change to the API does not change the event contract ({@code /contracts/events/practice.schema.json},
 * checked by PracticeOutboxTest).
 */
public record PracticeEvent(
        UUID id,
        String title,
        String summary,
        String description,
        Map<String, PracticeContent.Translation> translations,
        String language,
        String country,
        String region,
        String city,
        String scope,
        List<PracticeContent.Organisation> organisations,
        List<String> partners,
        List<String> themes,
        List<String> targetGroups,
        Integer startYear,
        Integer endYear,
        boolean ongoing,
        List<String> funding,
        PracticeContent.Budget budget,
        String website,
        PracticeContent.SourceRef source,
        String status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {

    static PracticeEvent of(Practice p) {
        PracticeContent c = p.content();
        return new PracticeEvent(p.id, c.title(), c.summary(), c.description(), c.translations(), p.language, c.country(),
                c.region(), c.city(), c.scope(), c.organisations(), c.partners(), c.themes(), c.targetGroups(), c.startYear(),
                c.endYear(), c.ongoing(), c.funding(), c.budget(), c.website(), c.source(), p.status, p.version, p.createdAt,
                p.updatedAt, p.publishedAt);
    }
}
