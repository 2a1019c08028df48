package org.inclusionhub.commons.api;

/**
 * Well-formed text: every service refuses, wherever text comes in, NUL (U+0000, which PostgreSQL cannot
 * store), the other C0 control characters but tab, line feed and carriage return, and U+FFFE and U+FFFF
 * (none of which XML 1.0, and so an XLSX export, can hold: W3C XML 1.0, section 2.2 "Characters"), and lone
 * UTF-16 surrogates (text that is not valid Unicode).
 */
public final class Text {

    private Text() {
    }

    /**
     * The length of {@code text} in characters as a person counts them (Unicode code points): an emoji is one, not the
     * two UTF-16 units {@link String#length()} counts, so "at most 300 characters" takes 300 emoji.
     */
    public static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /** {@code text} as an answer quotes it: its first {@code max} UTF-16 units and "…" when it is longer. */
    public static String excerpt(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    /** @return what is wrong with the text, or {@code null} if it is well-formed */
    public static String problem(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain NUL (U+0000)";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
                return String.format("must not contain the control character U+%04X (of those, only tab, line feed and "
                        + "carriage return)", (int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode: lone surrogate U+" + Integer.toHexString(c).toUpperCase();
            }
        }
        return null;
    }
}
