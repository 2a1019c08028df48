package org.inclusionhub.commons.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads {@link CloudEvent}s from JSON with the application's configured ObjectMapper (the outbox writes them: {@code OutboxWriter}). */
@ApplicationScoped
public class EventSerializer {

    private final ObjectMapper mapper;

    public EventSerializer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent read(String json) {
        try {
            return mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvents JSON document: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T dataAs(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " has unreadable data: " + e.getOriginalMessage(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
