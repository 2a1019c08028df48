package org.inclusionhub.commons.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inclusionhub.commons.Throwables;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka in the order they were written and marks them sent.
 * One relay at a time works on a database (a transaction-scoped advisory lock), so the order per
 * aggregate holds even with several instances. On failure the batch stops at the failed row and the
 * relay waits with exponential backoff; rows already sent stay marked, so nothing is lost, and a
 * row may be sent twice only if the process dies between send and commit (consumers are idempotent).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK_KEY = 0x0B0C5L;

    private final OutboxProducer producer;
    private final EntityManager em;
    private final int batchSize;
    private final RetryBackoff backoff;
    private final AtomicLong pending = new AtomicLong();
    private final Duration retention;

    public OutboxRelay(OutboxProducer producer, EntityManager em, MeterRegistry registry,
            @ConfigProperty(name = "inclusionhub.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "inclusionhub.outbox.initial-backoff", defaultValue = "1s") Duration initialBackoff,
            @ConfigProperty(name = "inclusionhub.outbox.max-backoff", defaultValue = "30s") Duration maxBackoff,
            @ConfigProperty(name = "inclusionhub.outbox.retention", defaultValue = "168h") Duration retention) {
        this.retention = retention;
        this.producer = producer;
        this.em = em;
        this.batchSize = batchSize;
        this.backoff = new RetryBackoff(initialBackoff, maxBackoff);
        Gauge.builder("outbox.pending.events", pending, AtomicLong::get)
                .description("Outbox rows not yet published to Kafka").register(registry);
    }

    @Scheduled(every = "${inclusionhub.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        if (!backoff.isDue(Instant.now())) {
            return;
        }
        BatchResult result;
        try {
            do {
                result = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (result.failure() == null && result.sent() == batchSize);
        } catch (RuntimeException e) {
            result = new BatchResult(0, rootMessage(e));
        }
        if (result.failure() == null) {
            backoff.succeeded();
        } else {
            Duration delay = backoff.failed(Instant.now());
            LOG.warnf("outbox relay failed (%s); next attempt in %s", result.failure(), delay);
        }
    }

    /** Sends the oldest pending rows; marks those acknowledged and records the error of the first that was not. */
    private BatchResult publishBatch() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK_KEY).getSingleResult();
        if (!locked) {
            return new BatchResult(0, null);
        }
        List<OutboxEvent> batch = OutboxEvent.oldestPending(batchSize);
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        String failure = null;
        for (OutboxEvent event : batch) {
            try {
                acks.add(producer.send(event));
            } catch (RuntimeException e) {
                failure = rootMessage(e);
                break;
            }
        }
        // whatever happened to later sends, the acknowledged rows are marked so they are not sent again
        int sent = 0;
        for (int i = 0; i < acks.size(); i++) {
            OutboxEvent event = batch.get(i);
            event.attempts++;
            try {
                acks.get(i).get(producer.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                event.sentAt = Instant.now();
                event.lastError = null;
                sent++;
            } catch (Exception e) {
                failure = rootMessage(e);
                event.lastError = failure;
                break;
            }
        }
        if (failure != null && sent == acks.size() && sent < batch.size()) {
            OutboxEvent unsent = batch.get(sent);
            unsent.attempts++;
            unsent.lastError = failure;
        }
        pending.set(OutboxEvent.pendingCount());
        return new BatchResult(sent, failure);
    }

    /** Sent rows are kept a while for inspection, then removed so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeScheduled() {
        QuarkusTransaction.requiringNew().run(() -> purgeSentBefore(Instant.now().minus(retention)));
    }

    /** @return how many sent rows older than {@code cutoff} were deleted (pending rows are never touched) */
    public long purgeSentBefore(Instant cutoff) {
        return OutboxEvent.delete("sentAt is not null and sentAt < ?1", cutoff);
    }

    private record BatchResult(int sent, String failure) {
    }

    public long pendingCount() {
        return pending.get();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = Throwables.rootCause(e);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
