package org.inclusionhub.commons.testing.badinput;

/**
 * One generated bad request.
 *
 * @param kind what is wrong (e.g. {@code NUL in parameter}, {@code number for string})
 * @param target the request target as it goes on the wire, already percent-encoded
 * @param named what the answer must name (a parameter or the leaf of a field path), or null when nothing can be named
 */
public record BadInputCase(String kind, String method, String target, String contentType, byte[] body, String named) {

    @Override
    public String toString() {
        return kind + ": " + method + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target)
                + (body == null ? "" : " body " + preview());
    }

    private String preview() {
        String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
