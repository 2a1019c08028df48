package org.inclusionhub.commons.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests under one idempotency key "the same request" ({@link IdempotencyRecords}): SHA-256
 * (hex) of the request's scope and its body written as JSON with map entries sorted, so field order does not
 * count. Survey submissions scope it by survey code and resolved version (an explicit {@code ?version=} naming
 * the latest is the same request); assessment creation by nothing.
 */
@ApplicationScoped
public class RequestFingerprints {

    private final ObjectMapper canonical;

    public RequestFingerprints(ObjectMapper mapper) {
        this.canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** The fingerprint of {@code body} within {@code scope}: the text {@code "s1|s2|" + JSON} hashed. */
    public String of(Object body, Object... scope) {
        try {
            StringBuilder text = new StringBuilder();
            for (Object part : scope) {
                text.append(part).append('|');
            }
            text.append(canonical.writeValueAsString(body));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("a request could not be fingerprinted", e);
        }
    }
}
