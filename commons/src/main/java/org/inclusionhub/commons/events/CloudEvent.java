package org.inclusionhub.commons.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The CloudEvents 1.0 envelope (structured JSON mode) of every event the services publish.
 * {@code schemaversion} is an extension attribute: it changes when the shape of {@code data} changes
 * in a way old consumers cannot read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String schemaversion,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
}
