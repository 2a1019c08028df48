package org.inclusionhub.assessment.learning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.assessment.assessments.events.AssessmentEvents;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.inbox.IncomingEvents;
import org.inclusionhub.commons.live.StatisticsChanges;

/**
 * Keeps {@code learning_profile} from this service's own assessments topic (its own consumer group): a
 * submission adds the assessment's profile, a withdrawal removes it, and the newest remaining submission of each
 * touched subject is marked latest. Per batch, in one transaction, with one change per framework version on the
 * stream {@value #STREAM}. A redelivered batch changes nothing; a failing batch is retried with backoff, then the
 * consumer stops rather than skip events.
 */
@ApplicationScoped
public class LearningProfileProjection {

    static final String CONSUMER = "learning-profiles";
    /** The change stream of the recommendations; its subjects are framework versions ('code@version'). */
    public static final String STREAM = "assessment-learning";

    private static final Set<String> TYPES = Set.of(AssessmentEvents.SUBMITTED, AssessmentEvents.WITHDRAWN);

    private final IncomingEvents incoming;
    private final LearningProfileStore store;
    private final StatisticsChanges changes;

    public LearningProfileProjection(IncomingEvents incoming, LearningProfileStore store, StatisticsChanges changes) {
        this.incoming = incoming;
        this.store = store;
        this.changes = changes;
    }

    /** Applies one batch of assessment events (CloudEvents JSON texts, in topic order) in one transaction. */
    @Incoming("assessments-learning")
    @Blocking(ordered = true)
    @Retry(maxRetries = 8, delay = 200, maxDuration = 120, durationUnit = ChronoUnit.SECONDS)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void onAssessmentEvents(List<String> payloads) {
        QuarkusTransaction.requiringNew().run(() -> apply(payloads));
    }

    private void apply(List<String> payloads) {
        // the state of each assessment after the batch: its profile, or null once withdrawn (a withdrawal is final)
        Map<UUID, LearningProfile> after = new LinkedHashMap<>();
        for (CloudEvent event : incoming.acceptAll(CONSUMER, payloads, TYPES)) {
            AssessmentEvents.AssessmentEvent a = incoming.data(event, AssessmentEvents.AssessmentEvent.class);
            if (AssessmentEvents.WITHDRAWN.equals(event.type())) {
                after.put(a.id(), null);
            } else if (!after.containsKey(a.id())) {
                after.put(a.id(), profileOf(a));
            }
        }
        if (after.isEmpty()) {
            return;
        }
        List<LearningProfile> added = after.values().stream().filter(p -> p != null).toList();
        List<UUID> withdrawn = after.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        List<String[]> touched = new ArrayList<>(store.delete(withdrawn));
        store.save(added);
        added.forEach(p -> touched.add(new String[] {p.framework(), p.subject().key()}));
        store.markLatest(touched);
        Set<String> frameworks = new LinkedHashSet<>();
        touched.forEach(t -> frameworks.add(t[0]));
        changes.recordAll(STREAM, frameworks);
    }

    static LearningProfile profileOf(AssessmentEvents.AssessmentEvent a) {
        LearningSubject subject = new LearningSubject(a.subjectType(), a.practiceId(), a.subjectName(), a.subjectCountry());
        return LearningProfile.of(a.id(), a.framework() + "@" + a.frameworkVersion(), subject, a.submittedAt(), a.scores(),
                a.ratings());
    }
}
