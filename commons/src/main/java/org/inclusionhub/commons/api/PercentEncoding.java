package org.inclusionhub.commons.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Strict percent-decoding of URI parts: {@code %} must be followed by two hex digits and the bytes must be UTF-8. */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    /**
     * @throws IllegalArgumentException for a malformed escape, {@link Utf8.InvalidUtf8} for bytes that are not UTF-8
     */
    public static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("malformed percent-encoding at character " + (i + 1));
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                String text = raw.substring(i, end);
                if (Text.problem(text) != null) {
                    throw new Utf8.InvalidUtf8(bytes.size());
                }
                byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        return Utf8.decode(bytes.toByteArray());
    }

    /** @return what is wrong with the raw URI part, or {@code null} if it decodes to well-formed text */
    public static String problem(String raw, boolean plusIsSpace) {
        try {
            return Text.problem(decode(raw, plusIsSpace));
        } catch (Utf8.InvalidUtf8 e) {
            return "is not valid UTF-8 once percent-decoded";
        } catch (IllegalArgumentException e) {
            return "has " + e.getMessage();
        }
    }
}
