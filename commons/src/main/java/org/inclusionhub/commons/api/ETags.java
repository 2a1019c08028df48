package org.inclusionhub.commons.api;

import org.inclusionhub.commons.problem.ApiProblem;

/** Strong ETags that carry an aggregate's version number, and the If-Match check against them. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 when If-Match is missing and 412 when it names another version than {@code current}. */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.equals("*") && !tag.equals(of(current))) {
            throw ApiProblem.preconditionFailed(current);
        }
    }
}
