package org.inclusionhub.commons.api;

import org.inclusionhub.commons.domain.ExpectedVersion;

/** Strong ETags that carry an aggregate's version number, and the expected version an If-Match names. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header names (RFC 9110 section 13.1.1): none when absent, any for {@code *},
     * the number of a strong tag {@code "n"}. If-Match compares strongly, so a weak tag ({@code W/"n"}) or
     * a tag that is no version of ours never matches.
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null) {
            return ExpectedVersion.NONE;
        }
        String tag = ifMatch.strip();
        if (tag.isEmpty()) {
            return ExpectedVersion.EMPTY;
        }
        if (tag.equals("*")) {
            return ExpectedVersion.ANY;
        }
        if (tag.matches("\"[0-9]{1,18}\"")) {
            return ExpectedVersion.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
        }
        return ExpectedVersion.of(-1);
    }
}
