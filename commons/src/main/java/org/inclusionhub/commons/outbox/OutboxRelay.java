package org.inclusionhub.commons.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.inclusionhub.commons.DatabaseNotifications;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka in the order they were written and marks them sent.
 * <ul>
 * <li>A commit that wrote outbox rows wakes the relay through PostgreSQL NOTIFY ({@link DatabaseNotifications});
 * the poll every {@link OutboxConfig#pollInterval()} is the fallback.</li>
 * <li>One relay at a time works on a database (a transaction-scoped advisory lock), so the order per
 * aggregate holds with several instances.</li>
 * <li>A row Kafka can never take ({@link OutboxProducer#isPermanent}) is parked with its error and the
 * relay goes on with the next row. A retriable failure stops the round at that row and backs off
 * exponentially; rows Kafka acknowledged in that round are still marked sent, so they are not sent again.</li>
 * <li>A row is sent twice only if the process dies between Kafka's acknowledgement and the commit;
 * consumers are idempotent.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK_KEY = 0x0B0C5L;

    private final OutboxProducer producer;
    private final OutboxBacklog backlogReader;
    private final EntityManager em;
    private final OutboxConfig config;
    private final RetryBackoff backoff;
    private final AtomicReference<OutboxBacklog.Snapshot> backlog = new AtomicReference<>(OutboxBacklog.Snapshot.EMPTY);
    private final Counter sentCounter;
    private final Counter parkedCounter;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    private final DatabaseNotifications notifications;

    public OutboxRelay(OutboxProducer producer, OutboxBacklog backlogReader, EntityManager em, MeterRegistry registry,
            OutboxConfig config, DatabaseNotifications notifications) {
        this.notifications = notifications;
        this.producer = producer;
        this.backlogReader = backlogReader;
        this.em = em;
        this.config = config;
        this.backoff = new RetryBackoff(config.initialBackoff(), config.maxBackoff());
        Gauge.builder("outbox.pending.events", backlog, b -> b.get().pending())
                .description("Outbox rows not yet published to Kafka").register(registry);
        Gauge.builder("outbox.parked.events", backlog, b -> b.get().parked())
                .description("Outbox rows Kafka cannot take (too large, unserialisable); see /api/v1/outbox/parked").register(registry);
        Gauge.builder("outbox.oldest.pending.age", backlog, b -> b.get().oldestPendingAge().toMillis() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest outbox row not yet published").register(registry);
        this.sentCounter = Counter.builder("outbox.sent.events").description("Outbox rows acknowledged by Kafka").register(registry);
        this.parkedCounter = Counter.builder("outbox.parkings").description("Times a row was parked").register(registry);
    }

    /** Asks for a relay round as soon as possible (called on NOTIFY and after a re-drive); never blocks. */
    public void wake() {
        wakeRequested.set(true);
        waker.execute(this::relayPending);
    }

    @Scheduled(every = "${inclusionhub.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        if (!running.tryLock()) {
            return; // the round in progress sees wakeRequested and goes again
        }
        try {
            do {
                wakeRequested.set(false);
                if (!backoff.isDue(Instant.now())) {
                    return;
                }
                relayRounds();
            } while (wakeRequested.get());
        } finally {
            running.unlock();
        }
    }

    private void relayRounds() {
        BatchResult result;
        try {
            do {
                result = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (result.retriableFailure() == null && result.handled() == config.batchSize());
        } catch (RuntimeException e) {
            result = new BatchResult(0, OutboxProducer.describe(e));
        }
        if (result.retriableFailure() == null) {
            backoff.succeeded();
        } else {
            Duration delay = backoff.failed(Instant.now());
            LOG.warnf("outbox relay: Kafka did not take a row (%s); next attempt in %s", result.retriableFailure(), delay);
        }
    }

    /** Sends the oldest pending rows, then settles each in order: sent, parked, or (retriable) left pending. */
    private BatchResult publishBatch() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK_KEY).getSingleResult();
        if (!locked) {
            return new BatchResult(0, null);
        }
        List<OutboxEvent> batch = OutboxEvent.oldestPending(config.batchSize());
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        String refusedAtSend = null;
        for (OutboxEvent event : batch) {
            try {
                acks.add(producer.send(event));
            } catch (RuntimeException e) {
                if (!OutboxProducer.isPermanent(e)) {
                    refusedAtSend = OutboxProducer.describe(e);
                    break;
                }
                acks.add(java.util.concurrent.CompletableFuture.failedFuture(e));
            }
        }
        int handled = 0;
        String retriable = null;
        for (int i = 0; i < acks.size(); i++) {
            OutboxEvent event = batch.get(i);
            Throwable failure = outcome(acks.get(i));
            if (failure == null) {
                event.markSent(Instant.now());
                sentCounter.increment();
                handled++;
            } else if (OutboxProducer.isPermanent(failure)) {
                park(event, failure);
                handled++;
            } else if (retriable == null) {
                retriable = OutboxProducer.describe(failure);
                event.failedRetriably(retriable);
            }
            // after a retriable failure, later rows Kafka did acknowledge are still marked sent above
        }
        if (retriable == null && refusedAtSend != null) {
            retriable = refusedAtSend;
            batch.get(acks.size()).failedRetriably(refusedAtSend);
        }
        return new BatchResult(handled, retriable);
    }

    private Throwable outcome(Future<RecordMetadata> ack) {
        try {
            ack.get(producer.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private void park(OutboxEvent event, Throwable failure) {
        event.park(OutboxProducer.describe(failure), Instant.now());
        parkedCounter.increment();
        LOG.errorf("outbox relay PARKED event %s (row %d, %s of %s, %d bytes) because Kafka can never take it: %s. "
                + "Later events go on. Fix the cause, then POST /api/v1/outbox/parked/%d/redrive",
                event.eventId, event.id, event.eventType, event.aggregateId, event.payload.length(), event.lastError, event.id);
    }

    /** The gauges follow the table every few seconds, also while a relay round waits for the broker. */
    @Scheduled(every = "${inclusionhub.outbox.metrics-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshBacklog() {
        try {
            backlog.set(backlogReader.read());
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog not readable: %s", e.getMessage());
        }
    }

    /** Sent rows are kept a while for inspection, then removed so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeScheduled() {
        QuarkusTransaction.requiringNew().run(() -> purgeSentBefore(Instant.now().minus(config.retention())));
    }

    /** @return how many sent rows older than {@code cutoff} were deleted (pending and parked rows are never touched) */
    public long purgeSentBefore(Instant cutoff) {
        return OutboxEvent.delete("status = ?1 and sentAt < ?2", OutboxStatus.SENT, cutoff);
    }

    void start(@Observes StartupEvent event) {
        notifications.listen("outbox_event", this::wake);
    }

    void stop(@Observes ShutdownEvent event) {
        waker.shutdownNow();
    }

    /** @param handled rows sent or parked; @param retriableFailure why the round stopped early, or null */
    private record BatchResult(int handled, String retriableFailure) {
    }
}
