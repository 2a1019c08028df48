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
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server-Sent Events of a statistics stream: a {@code statistics-changed} event per recorded change
 * (id = its sequence number, data = stream, subject, seq), a {@code heartbeat} event when nothing happened
 * for a while, and resumption after {@code Last-Event-ID}. The log is polled, so every instance of a
 * service streams the same changes.
 */
@ApplicationScoped
public class StatisticsStream {

    public static final String EVENT_NAME = "statistics-changed";
    /** Sent when nothing changed for a while, so clients and proxies keep the connection; it carries no id. */
    public static final String HEARTBEAT = "heartbeat";

    private final StatisticsChanges changes;
    private final ObjectMapper mapper;
    private final Duration pollInterval;
    private final Duration heartbeat;

    public StatisticsStream(StatisticsChanges changes, ObjectMapper mapper,
            @ConfigProperty(name = "inclusionhub.live.poll-interval", defaultValue = "250ms") Duration pollInterval,
            @ConfigProperty(name = "inclusionhub.live.heartbeat", defaultValue = "15s") Duration heartbeat) {
        this.changes = changes;
        this.mapper = mapper;
        this.pollInterval = pollInterval;
        this.heartbeat = heartbeat;
    }

    /** @param lastEventId the Last-Event-ID header of a reconnecting client, or null for a new one */
    public Multi<OutboundSseEvent> open(Sse sse, String stream, String lastEventId) {
        // fixed before the response starts, so a client that loads the figures once the stream is open
        // misses no change between its load and its first event
        Long resumeFrom = parse(lastEventId);
        AtomicLong last = new AtomicLong(resumeFrom != null ? resumeFrom : changes.latest(stream));
        AtomicLong quietSince = new AtomicLong(System.nanoTime());
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(pollInterval)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    List<OutboundSseEvent> out = new ArrayList<>();
                    for (StatisticsChanges.Change c : changes.after(stream, last.get(), 500)) {
                        out.add(sse.newEventBuilder().id(Long.toString(c.seq())).name(EVENT_NAME)
                                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(json(c)).build());
                        last.set(c.seq());
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
    }

    private String json(StatisticsChanges.Change c) {
        try {
            return mapper.writeValueAsString(c);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
