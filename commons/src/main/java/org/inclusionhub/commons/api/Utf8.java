package org.inclusionhub.commons.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.inclusionhub.commons.problem.ApiProblem;

/**
 * Strict UTF-8 decoding: malformed bytes, overlong forms (e.g. {@code C0 AF}) and encoded surrogates
 * are refused instead of being replaced by U+FFFD.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** @return the text of the request body; 400 "not valid UTF-8" naming the byte offset otherwise */
    public static String decodeBody(byte[] bytes) {
        try {
            return decode(bytes);
        } catch (InvalidUtf8 e) {
            throw ApiProblem.badBody("the request body is not valid UTF-8 (byte " + e.offset + ")");
        }
    }

    /** @throws InvalidUtf8 at the first byte that is not well-formed UTF-8 */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InvalidUtf8(in.position());
        }
        return out.flip().toString();
    }

    /** Bytes that are not UTF-8, found at {@link #offset}. */
    public static final class InvalidUtf8 extends IllegalArgumentException {
        public final int offset;

        InvalidUtf8(int offset) {
            super("not valid UTF-8 at byte " + offset, null);
            this.offset = offset;
        }
    }
}
