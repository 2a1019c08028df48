package org.inclusionhub.practice.scores;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.inclusionhub.commons.events.CloudEvent;
import org.inclusionhub.commons.inbox.IncomingEvents;

/**
 * Keeps the framework replica ({@code score_framework}) from the frameworks topic: per batch, in one transaction,
 * the unprocessed {@code framework.published} events are folded to the latest version per code and upserted.
 * Versions may arrive in any order (the topic is keyed by version id), so a row only ever moves to a later version.
 */
@ApplicationScoped
public class ScoreFrameworkProjection {

    static final String CONSUMER = "practice-frameworks";
    private static final Set<String> TYPES = Set.of("framework.published");

    /** The fields of a framework.published event this service needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublishedFramework(String code, int version, String name) {
    }

    private final IncomingEvents incoming;
    private final ScoreFrameworks frameworks;

    public ScoreFrameworkProjection(IncomingEvents incoming, ScoreFrameworks frameworks) {
        this.incoming = incoming;
        this.frameworks = frameworks;
    }

    /** Applies one batch of framework events (CloudEvents JSON texts) in one transaction. */
    @Incoming("frameworks")
    @Blocking(ordered = true)
    @Retry(maxRetries = 8, delay = 200, maxDuration = 120, durationUnit = ChronoUnit.SECONDS)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void onFrameworkEvents(List<String> payloads) {
        QuarkusTransaction.requiringNew().run(() -> apply(payloads));
    }

    private void apply(List<String> payloads) {
        Map<String, PublishedFramework> latest = new LinkedHashMap<>();
        for (CloudEvent event : incoming.acceptAll(CONSUMER, payloads, TYPES)) {
            PublishedFramework f = incoming.data(event, PublishedFramework.class);
            if (f.code() == null || f.name() == null || f.version() < 1) {
                continue;
            }
            latest.merge(f.code(), f, (a, b) -> b.version() >= a.version() ? b : a);
        }
        frameworks.upsert(latest.values());
    }
}
