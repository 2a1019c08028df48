package org.inclusionhub.commons.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Every textual request body (JSON, NDJSON, CSV, plain text) in UTF-8 must be well-formed UTF-8:
 * otherwise 400 before any reader decodes it (Jackson and String readers would replace or guess).
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isUtf8Text(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            Utf8.decodeBody(body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    static boolean isUtf8Text(MediaType type) {
        if (type == null) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase();
        return type.getType().equalsIgnoreCase("text") || subtype.equals("json") || subtype.endsWith("+json")
                || subtype.equals("x-ndjson");
    }
}
