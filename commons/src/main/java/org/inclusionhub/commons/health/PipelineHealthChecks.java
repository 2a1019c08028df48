package org.inclusionhub.commons.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.inclusionhub.commons.outbox.OutboxBacklog;
import org.inclusionhub.commons.outbox.OutboxConfig;

/**
 * The event pipeline's health, in the {@code pipeline} group ({@code /q/health/group/pipeline}), apart
 * from readiness: a broker outage must not take a service out of traffic while its writes still work
 * (they wait in the outbox). Both checks answer from memory or one indexed query, so they never hang.
 */
public final class PipelineHealthChecks {

    public static final String GROUP = "pipeline";

    private PipelineHealthChecks() {
    }

    /** DOWN when a row is parked or the oldest pending row is older than {@link OutboxConfig#maxPendingAge()}. */
    @HealthGroup(GROUP)
    @ApplicationScoped
    public static class Outbox implements HealthCheck {
        private final OutboxBacklog backlog;
        private final OutboxConfig config;

        public Outbox(OutboxBacklog backlog, OutboxConfig config) {
            this.backlog = backlog;
            this.config = config;
        }

        @Override
        public HealthCheckResponse call() {
            OutboxBacklog.Snapshot s = backlog.read();
            String reason = s.parked() > 0 ? s.parked() + " event(s) parked: see /api/v1/outbox/parked"
                    : s.oldestPendingAge().compareTo(config.maxPendingAge()) > 0
                            ? "oldest pending event waits " + s.oldestPendingAge().toSeconds() + " s (limit "
                                    + config.maxPendingAge().toSeconds() + " s)"
                            : null;
            return HealthCheckResponse.named("outbox").status(reason == null)
                    .withData("pending", s.pending()).withData("parked", s.parked())
                    .withData("oldestPendingAgeSeconds", s.oldestPendingAge().toSeconds())
                    .withData("reason", reason == null ? "ok" : reason).build();
        }
    }

    /** DOWN when the last probe of the broker (every few seconds, bounded) failed. */
    @HealthGroup(GROUP)
    @ApplicationScoped
    public static class KafkaBroker implements HealthCheck {
        private final BrokerProbe probe;

        public KafkaBroker(BrokerProbe probe) {
            this.probe = probe;
        }

        @Override
        public HealthCheckResponse call() {
            BrokerProbe.Result r = probe.last();
            return HealthCheckResponse.named("kafka-broker").status(r.reachable())
                    .withData("detail", r.detail()).withData("checkedAt", r.checkedAt().toString()).build();
        }
    }
}
