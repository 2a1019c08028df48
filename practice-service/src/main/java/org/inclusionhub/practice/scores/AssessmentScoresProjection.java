package org.inclusionhub.practice.scores;

import org.inclusionhub.commons.domain.Timestamps;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.inbox.IncomingEvents;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.practice.live.CatalogueStream;

/**
 * Keeps the scores of practices from the assessments topic (submitted adds a row, withdrawn removes it).
 * Consumed a batch of records at a time (the connector's batch mode, up to {@code max.poll.records}). Per
 * batch, in one transaction: the unprocessed events are recorded as processed, folded in order to one outcome
 * per assessment (a row to insert, a row to delete, or a delete then an insert), applied as one delete and one
 * insert, and one change recorded per practice. A redelivered batch changes nothing; a failing batch is
 * retried with backoff.
 */
@ApplicationScoped
public class AssessmentScoresProjection {

    static final String CONSUMER = "practice-scores";

    /** The fields of an assessment event this service needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssessmentSnapshot(UUID id, String framework, int frameworkVersion, UUID practiceId, JsonNode scores,
            Instant submittedAt) {
    }

    private static final String WITHDRAWN = "assessment.withdrawn";
    private static final Set<String> TYPES = Set.of("assessment.submitted", WITHDRAWN);

    /** What a batch does to one assessment's row: delete the stored one first, and/or insert this one. */
    private record Outcome(boolean delete, PracticeScoreStore.Row insert) {
    }

    private final IncomingEvents incoming;
    private final StatisticsChanges changes;
    private final PracticeScoreStore store;

    public AssessmentScoresProjection(IncomingEvents incoming, StatisticsChanges changes, PracticeScoreStore store) {
        this.incoming = incoming;
        this.changes = changes;
        this.store = store;
    }

    /** Applies one batch of assessment events (CloudEvents JSON texts, in topic order) in one transaction. */
    @Incoming("assessments")
    @Blocking(ordered = true)
    @Retry(maxRetries = 8, delay = 200, maxDuration = 120, durationUnit = ChronoUnit.SECONDS)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void onAssessmentEvents(List<String> payloads) {
        QuarkusTransaction.requiringNew().run(() -> apply(payloads));
    }

    private void apply(List<String> payloads) {
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        Set<String> practices = new LinkedHashSet<>();
        for (CloudEvent event : incoming.acceptAll(CONSUMER, payloads, TYPES)) {
            AssessmentSnapshot a = incoming.data(event, AssessmentSnapshot.class);
            if (a.practiceId() == null || a.id() == null) {
                continue;
            }
            Outcome before = outcomes.get(a.id());
            if (WITHDRAWN.equals(event.type())) {
                outcomes.put(a.id(), new Outcome(true, null));
            } else if (before == null || before.insert() == null) {
                // the first submission counts, as an insert that keeps an existing row would have it
                outcomes.put(a.id(), new Outcome(before != null && before.delete(), row(a)));
            }
            practices.add(a.practiceId().toString());
        }
        store.delete(outcomes.entrySet().stream().filter(e -> e.getValue().delete()).map(Map.Entry::getKey).toList());
        store.insert(outcomes.values().stream().map(Outcome::insert).filter(r -> r != null).toList());
        changes.recordAll(CatalogueStream.NAME, practices);
    }

    private static PracticeScoreStore.Row row(AssessmentSnapshot a) {
        Map<String, Double> areas = new LinkedHashMap<>();
        a.scores().path("areas").forEach(area -> areas.put(area.path("code").asText(),
                area.path("line").path("score").isNull() ? null : area.path("line").path("score").asDouble()));
        JsonNode overall = a.scores().path("overall");
        return new PracticeScoreStore.Row(a.id(), a.practiceId(), a.framework(), a.frameworkVersion(),
                overall.path("score").isNumber() ? overall.path("score").decimalValue() : null,
                overall.path("coverage").isNumber() ? overall.path("coverage").decimalValue() : null,
                areas, a.submittedAt() == null ? Timestamps.now() : a.submittedAt());
    }
}
