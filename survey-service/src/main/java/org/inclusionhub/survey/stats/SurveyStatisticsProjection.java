package org.inclusionhub.survey.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.inbox.IncomingEvents;
import org.inclusionhub.commons.live.StatisticsChanges;
import org.inclusionhub.commons.statistics.Amount;
import org.inclusionhub.commons.statistics.StatisticDeltas;
import org.inclusionhub.commons.statistics.StatisticKey;
import org.inclusionhub.survey.responses.events.SurveyResponseEvents;
import org.inclusionhub.survey.surveys.PublishedDefinitions;
import org.inclusionhub.survey.surveys.SurveyDefinition;
import org.jboss.logging.Logger;

/**
 * Survey statistics kept from the survey-responses topic, a batch of records at a time (the connector's
 * batch mode, up to {@code max.poll.records}). Per batch, in one transaction:
 * <ol>
 * <li>the events this consumer has not processed are recorded as processed (one statement);</li>
 * <li>their deltas are folded in memory: an update moves the counts from a response's previous answers to
 * its new ones, a withdrawal removes them, an event older than the applied version is skipped;</li>
 * <li>the deltas are added to {@code survey_stat}, the new contributions stored (as the answers they were
 * computed from, so memory and storage do not grow with segments times metrics), and one change recorded
 * per survey version (one statement each).</li>
 * </ol>
 * A redelivered batch changes nothing. A failing batch is retried with backoff, then the consumer stops
 * (and its health check reports it) rather than skip events.
 */
@ApplicationScoped
public class SurveyStatisticsProjection {

    static final String CONSUMER = "survey-statistics";
    private static final Logger LOG = Logger.getLogger(SurveyStatisticsProjection.class);
    private static final Set<String> TYPES = Set.of(SurveyResponseEvents.SUBMITTED, SurveyResponseEvents.UPDATED,
            SurveyResponseEvents.WITHDRAWN);

    /** The name of the change stream of the survey statistics. */
    public static final String STREAM = "survey-statistics";

    private final IncomingEvents incoming;
    private final StatisticsChanges changes;
    private final SurveyStatisticsStore store;
    private final PublishedDefinitions definitions;

    public SurveyStatisticsProjection(IncomingEvents incoming, StatisticsChanges changes, SurveyStatisticsStore store,
            PublishedDefinitions definitions) {
        this.incoming = incoming;
        this.changes = changes;
        this.store = store;
        this.definitions = definitions;
    }

    @Incoming("survey-responses")
    @Blocking(ordered = true)
    @Retry(maxRetries = 8, delay = 200, maxDuration = 120, durationUnit = ChronoUnit.SECONDS)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void onResponseEvents(List<String> payloads) {
        QuarkusTransaction.requiringNew().run(() -> apply(payloads));
    }

    /** What an applied response added: recomputed from its answers, or as stored (withdrawn, or kept before answers were). */
    private static Map<StatisticKey, Amount> amountsOf(SurveyStatisticsStore.Applied applied, SurveyDefinition definition) {
        if (applied.answers() != null) {
            return ResponseContribution.of(definition, applied.answers());
        }
        return applied.amounts() == null ? Map.of() : applied.amounts();
    }

    private void apply(List<String> payloads) {
        List<CloudEvent> events = incoming.acceptAll(CONSUMER, payloads, TYPES);
        if (events.isEmpty()) {
            return;
        }
        Map<CloudEvent, SurveyResponseEvents.ResponseEvent> data = new LinkedHashMap<>();
        events.forEach(e -> data.put(e, incoming.data(e, SurveyResponseEvents.ResponseEvent.class)));
        Map<UUID, SurveyStatisticsStore.Applied> state = store.contributions(data.values().stream()
                .map(SurveyResponseEvents.ResponseEvent::id).toList());
        StatisticDeltas deltas = new StatisticDeltas();
        Map<String, Map<LocalDate, Long>> timeline = new HashMap<>();
        Map<UUID, SurveyStatisticsStore.Applied> changed = new LinkedHashMap<>();
        data.forEach((event, r) -> {
            SurveyStatisticsStore.Applied previous = state.get(r.id());
            if (previous != null && r.version() <= previous.version()) {
                return;
            }
            String survey = r.survey() + "@" + r.surveyVersion();
            Optional<SurveyDefinition> definition = definitions.find(r.survey(), r.surveyVersion());
            if (definition.isEmpty()) {
                LOG.warnf("%s skips event %s: survey %s is not a published version here", CONSUMER, event.id(), survey);
                return;
            }
            if (previous != null) {
                deltas.add(survey, amountsOf(previous, definition.get()), -1);
            }
            // first counted by its submission event, whose updatedAt is the submission time
            Instant submittedAt = previous == null || previous.submittedAt() == null ? r.updatedAt() : previous.submittedAt();
            SurveyStatisticsStore.Applied now;
            if (SurveyResponseEvents.WITHDRAWN.equals(event.type())) {
                now = SurveyStatisticsStore.Applied.withdrawn(survey, r.version(), submittedAt);
            } else {
                deltas.add(survey, ResponseContribution.of(definition.get(), r.answers()), 1);
                // kept with the dimensions' groups, so that a filter on a dimension finds them by the index
                now = new SurveyStatisticsStore.Applied(survey, r.version(), definition.get().withDimensions(r.answers()), null,
                        submittedAt);
            }
            int counted = (now.counted() ? 1 : 0) - (previous != null && previous.counted() ? 1 : 0);
            if (counted != 0) {
                timeline.computeIfAbsent(survey, s -> new HashMap<>()).merge(ResponseTimeline.weekOf(submittedAt), (long) counted,
                        Long::sum);
            }
            state.put(r.id(), now);
            changed.put(r.id(), now);
        });
        store.addDeltas(deltas);
        store.saveContributions(changed);
        store.addTimeline(timeline);
        changes.recordAll(STREAM, deltas.subjects());
    }
}
