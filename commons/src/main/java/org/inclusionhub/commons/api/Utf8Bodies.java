package org.inclusionhub.commons.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.problem.Problem;

/**
 * Every textual request body (JSON, NDJSON, CSV, plain text) is read as the text it is: in UTF-8 (the
 * default, and what JSON must be in, RFC 8259 section 8.1) it must be well-formed UTF-8; in another charset
 * it declares ({@code application/json; charset=ISO-8859-1}, a CSV saved as windows-1252) it must be
 * well-formed in that charset and is turned into UTF-8 before any reader sees it. Otherwise 400, or 415 for a
 * charset Java does not know. Jackson would otherwise guess the encoding from the bytes and read the
 * declared ISO-8859-1 as UTF-8.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (isText(type)) {
            byte[] body = context.getInputStream().readAllBytes();
            Charset declared = declaredCharset(type);
            if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
                Utf8.decodeBody(body);
            } else {
                body = decode(body, declared).getBytes(StandardCharsets.UTF_8);
                Map<String, String> parameters = new HashMap<>(type.getParameters());
                parameters.put(MediaType.CHARSET_PARAMETER, StandardCharsets.UTF_8.name());
                context.setMediaType(new MediaType(type.getType(), type.getSubtype(), parameters));
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    static boolean isText(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("text") || subtype.equals("json") || subtype.endsWith("+json")
                || subtype.equals("x-ndjson");
    }

    /** The charset the body declares; null when it declares none. */
    private static Charset declaredCharset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ApiProblem(Problem.of(415, "Unsupported Media Type", "charset " + name + " is not known here; send UTF-8"));
        }
    }

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badBody("the request body is not valid " + charset.name() + ", the charset it declares");
        }
    }
}
