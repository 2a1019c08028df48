package org.inclusionhub.commons.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Server-Sent Events of a statistics stream:
 * <ul>
 * <li>{@code statistics-changed} per recorded change (id = its {@link ChangePosition}, data = stream, subject, position);</li>
 * <li>{@code reset} first, when {@code Last-Event-ID} is unreadable, ahead of the log's head, or older than
 * the log keeps: the client must reload its figures, and resumes from the id of the reset event;</li>
 * <li>{@code heartbeat} when nothing happened for a while.</li>
 * </ul>
 * A commit that records a change wakes every open stream ({@link ChangeSignals}); the poll is the fallback.
 */
@ApplicationScoped
public class StatisticsStream {

    public static final String EVENT_NAME = "statistics-changed";
    /** Tells the client its position cannot be resumed: reload the figures, then follow from this event's id. */
    public static final String RESET = "reset";
    /** Sent when nothing changed for a while, so clients and proxies keep the connection; it carries no id. */
    public static final String HEARTBEAT = "heartbeat";
    private static final int MAX_PER_READ = 500;

    private final StatisticsChanges changes;
    private final ChangeSignals signals;
    private final ObjectMapper mapper;
    private final Duration pollInterval;
    private final Duration heartbeat;

    public StatisticsStream(StatisticsChanges changes, ChangeSignals signals, ObjectMapper mapper,
            LiveConfig config) {
        this.changes = changes;
        this.signals = signals;
        this.mapper = mapper;
        this.pollInterval = config.pollInterval();
        this.heartbeat = config.heartbeat();
    }

    /** @param lastEventId the Last-Event-ID header of a reconnecting client, or null for a new one */
    public Multi<OutboundSseEvent> open(Sse sse, String stream, String lastEventId) {
        // fixed before the response starts, so a client that loads the figures once the stream is open
        // misses no change between its load and its first event
        ChangePosition head = changes.head(stream);
        Optional<String> resetReason = resetReason(stream, lastEventId, head);
        AtomicReference<ChangePosition> last = new AtomicReference<>(
                resetReason.isPresent() || lastEventId == null || lastEventId.isBlank() ? head
                        : ChangePosition.parse(lastEventId).orElseThrow());
        AtomicLong quietSince = new AtomicLong(System.nanoTime());
        Multi<Object> wakeUps = Multi.createBy().merging().streams(
                Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(pollInterval).map(t -> (Object) t),
                signals.signals().map(s -> (Object) s));
        Multi<OutboundSseEvent> follow = wakeUps.onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    List<OutboundSseEvent> out = new ArrayList<>();
                    for (StatisticsChanges.Change c : changes.after(stream, last.get(), MAX_PER_READ)) {
                        out.add(sse.newEventBuilder().id(c.position().toString()).name(EVENT_NAME)
                                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(json(Map.of("stream", c.stream(),
                                        "subject", c.subject(), "position", c.position().toString(), "changedAt", c.changedAt())))
                                .build());
                        last.set(c.position());
                    }
                    long now = System.nanoTime();
                    if (!out.isEmpty()) {
                        quietSince.set(now);
                    } else if (now - quietSince.get() >= heartbeat.toNanos()) {
                        out.add(sse.newEventBuilder().name(HEARTBEAT).data(Long.toString(System.currentTimeMillis())).build());
                        quietSince.set(now);
                    }
                    return out;
                });
        if (resetReason.isEmpty()) {
            return follow;
        }
        OutboundSseEvent reset = sse.newEventBuilder().id(head.toString()).name(RESET)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(json(Map.of("stream", stream, "position", head.toString(), "reason", resetReason.get()))).build();
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(reset), follow);
    }

    private Optional<String> resetReason(String stream, String lastEventId, ChangePosition head) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return Optional.empty();
        }
        Optional<ChangePosition> position = ChangePosition.parse(lastEventId);
        if (position.isEmpty()) {
            return Optional.of("Last-Event-ID is not a position of this stream");
        }
        if (position.get().compareTo(head) > 0) {
            return Optional.of("Last-Event-ID is ahead of the change log (" + head + ")");
        }
        if (position.get().compareTo(changes.horizon(stream)) < 0) {
            return Optional.of("Last-Event-ID is older than the change log keeps");
        }
        return Optional.empty();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
