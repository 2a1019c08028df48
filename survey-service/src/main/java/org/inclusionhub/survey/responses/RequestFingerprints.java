package org.inclusionhub.survey.responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.inclusionhub.survey.surveys.SurveyDefinition;

/**
 * What makes two requests under one idempotency key "the same request": SHA-256 (hex) of the survey code,
 * the resolved survey version and the body written as JSON with map entries sorted, so field order and an
 * explicit {@code ?version=} naming the latest version do not count.
 */
@ApplicationScoped
public class RequestFingerprints {

    private final ObjectMapper canonical;

    public RequestFingerprints(ObjectMapper mapper) {
        this.canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    public String of(SurveyDefinition survey, Object body) {
        try {
            String text = survey.code() + "|" + survey.version() + "|" + canonical.writeValueAsString(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
