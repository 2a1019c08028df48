package org.inclusionhub.commons.api;

/**
 * Well-formed text: every service refuses NUL (U+0000, which PostgreSQL cannot store) and lone
 * UTF-16 surrogates (text that is not valid Unicode) wherever text comes in.
 */
public final class Text {

    private Text() {
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
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode: lone surrogate U+" + Integer.toHexString(c).toUpperCase();
            }
        }
        return null;
    }
}
