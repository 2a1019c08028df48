package org.inclusionhub.commons;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * JSON text for native queries: a batch of rows bound as one {@code jsonb} parameter (read back with
 * {@code jsonb_to_recordset}), and {@code jsonb} columns read as Java values. Failing either way is a bug, not
 * bad input, so it throws {@link IllegalStateException}.
 */
@ApplicationScoped
public class JsonColumns {

    private final ObjectMapper mapper;

    public JsonColumns(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param what names the stored value in the error, e.g. "stored contribution" */
    public <T> T read(String json, TypeReference<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + what, e);
        }
    }
}
