package org.inclusionhub.commons.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.concurrent.Flow;

/**
 * Conditional reads (RFC 9110 section 13.1.2): a JSON answer to GET or HEAD gets a strong ETag from the SHA-256 of
 * its body, and an {@code If-None-Match} naming it answers 304 without a body. A list, statistics or search answer
 * gets the digest alone; a single resource keeps its version in front, {@code "<version>.<digest>"}, so its
 * If-Match still names the version ({@link ETags#expected}) while the tag also changes with what the answer shows
 * beside the aggregate (a practice's scores). Streamed answers (exports, event streams) are left as they are.
 */
@Provider
public class ConditionalReads implements ContainerResponseFilter {

    private final ObjectMapper mapper;

    public ConditionalReads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || response.getStatus() != 200 || !response.hasEntity()
                || isStreamed(response.getEntity())) {
            return;
        }
        // a jakarta.ws.rs.core.Response built without a type has none yet here: its record is written as JSON
        MediaType type = response.getMediaType() != null ? response.getMediaType()
                : response.getEntity() instanceof Record ? MediaType.APPLICATION_JSON_TYPE : null;
        if (!isJson(type)) {
            return;
        }
        Object versionTag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        OptionalLong version = versionTag == null ? OptionalLong.empty() : ETags.version(versionTag.toString());
        if (versionTag != null && version.isEmpty()) {
            return;
        }
        byte[] body = response.getEntity() instanceof byte[] bytes ? bytes : mapper.writeValueAsBytes(response.getEntity());
        String tag = version.isPresent() ? ETags.of(version.getAsLong(), digest(body)) : "\"" + digest(body) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
    }

    /** Weak comparison (RFC 9110 section 8.8.3.2) against each tag of the list, or {@code *}. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean isStreamed(Object entity) {
        return entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof Flow.Publisher<?>;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
