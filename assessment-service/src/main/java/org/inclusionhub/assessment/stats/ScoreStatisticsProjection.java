package org.inclusionhub.assessment.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.assessment.assessments.events.AssessmentEvents;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.inbox.IncomingEvents;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.commons.statistics.StatisticDeltas;
import org.inclusionhub.commons.statistics.StatisticKey;

/**
 * The score statistics of each framework version, kept current from this service's own assessments topic:
 * per segment (all, a country, a theme) and metric, a count and a total; and per calendar month (UTC) of
 * submission, the assessments counted. A submission adds its contribution and records it with its submission
 * time; a withdrawal subtracts what was recorded, from the month recorded.
 * <p>
 * Consumed a batch of records at a time (the connector's batch mode, up to {@code max.poll.records}). Per
 * batch, in one transaction:
 * <ol>
 * <li>the events this consumer has not processed are recorded as processed (one statement);</li>
 * <li>their deltas are folded in memory, in order: a submission of an assessment not counted yet adds its
 * contribution, a withdrawal of a counted one subtracts its recorded contribution, anything else is skipped;</li>
 * <li>the deltas are added to {@code score_stat}, the month deltas to {@code score_timeline}, new contributions
 * recorded, withdrawn ones deleted, and one change recorded per framework version (one statement each).</li>
 * </ol>
 * A redelivered batch changes nothing. A failing batch is retried with backoff, then the consumer stops
 * rather than skip events.
 */
@ApplicationScoped
public class ScoreStatisticsProjection {

    static final String CONSUMER = "score-statistics";

    private static final Set<String> TYPES = Set.of(AssessmentEvents.SUBMITTED, AssessmentEvents.WITHDRAWN);

    /** The name of the change stream of the score statistics. */
    public static final String STREAM = "assessment-statistics";

    private final IncomingEvents incoming;
    private final StatisticsChanges changes;
    private final ScoreStatisticsStore store;

    public ScoreStatisticsProjection(IncomingEvents incoming, StatisticsChanges changes, ScoreStatisticsStore store) {
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
        List<CloudEvent> events = incoming.acceptAll(CONSUMER, payloads, TYPES);
        if (events.isEmpty()) {
            return;
        }
        Map<CloudEvent, AssessmentEvents.AssessmentEvent> data = new LinkedHashMap<>();
        events.forEach(e -> data.put(e, incoming.data(e, AssessmentEvents.AssessmentEvent.class)));
        Map<UUID, ScoreStatisticsStore.Contribution> stored = store.contributions(
                data.values().stream().map(AssessmentEvents.AssessmentEvent::id).toList());
        Map<UUID, List<String>> practiceSegments = store.practiceSegments(data.entrySet().stream()
                .filter(e -> AssessmentEvents.SUBMITTED.equals(e.getKey().type()))
                .map(e -> e.getValue().practiceId()).filter(Objects::nonNull).distinct().toList());

        // the contribution of each assessment of the batch as it stands after each event (null: not counted)
        Map<UUID, ScoreStatisticsStore.Contribution> state = new HashMap<>(stored);
        StatisticDeltas deltas = new StatisticDeltas();
        // per framework version, per month of submission: the change in assessments counted
        Map<String, Map<LocalDate, Long>> months = new HashMap<>();
        data.forEach((event, a) -> {
            ScoreStatisticsStore.Contribution current = state.get(a.id());
            if (AssessmentEvents.SUBMITTED.equals(event.type())) {
                if (current != null) {
                    return;
                }
                ScoreStatisticsStore.Contribution added = new ScoreStatisticsStore.Contribution(
                        a.framework() + "@" + a.frameworkVersion(), segmentsOf(a, practiceSegments),
                        ScoreContribution.of(a.scores(), a.ratings()),
                        a.submittedAt() != null ? a.submittedAt() : event.time());
                deltas.add(added.framework(), added.keys(), 1);
                addMonth(months, added, 1);
                state.put(a.id(), added);
            } else {
                if (current == null) {
                    return;
                }
                deltas.add(current.framework(), current.keys(), -1);
                addMonth(months, current, -1);
                state.put(a.id(), null);
            }
        });

        Map<UUID, ScoreStatisticsStore.Contribution> added = new LinkedHashMap<>();
        List<UUID> removed = new ArrayList<>();
        state.forEach((id, contribution) -> {
            if (contribution != null && !stored.containsKey(id)) {
                added.put(id, contribution);
            } else if (contribution == null && stored.containsKey(id)) {
                removed.add(id);
            }
        });
        store.addDeltas(deltas);
        store.addTimeline(months);
        store.deleteContributions(removed);
        store.saveContributions(added);
        changes.recordAll(STREAM, deltas.subjects());
    }

    /** Adds ({@code sign} 1) or subtracts ({@code sign} -1) one assessment in the month of its submission. */
    private static void addMonth(Map<String, Map<LocalDate, Long>> months, ScoreStatisticsStore.Contribution c, int sign) {
        Instant at = c.submittedAt();
        if (at != null) {
            months.computeIfAbsent(c.framework(), f -> new HashMap<>()).merge(ScoreStatisticsStore.month(at), (long) sign, Long::sum);
        }
    }

    /**
     * 'all', the subject's country, and (for a practice) each of its themes, as the replica knows them when
     * the submission is applied (a practice the replica does not know counts in 'all' only).
     */
    static List<String> segmentsOf(AssessmentEvents.AssessmentEvent a, Map<UUID, List<String>> practiceSegments) {
        List<String> segments = new ArrayList<>();
        segments.add(StatisticKey.ALL);
        if (a.practiceId() != null) {
            segments.addAll(practiceSegments.getOrDefault(a.practiceId(), List.of()));
        } else if (a.subjectCountry() != null) {
            segments.add(ScoreMetric.countrySegment(a.subjectCountry()));
        }
        return segments;
    }
}
