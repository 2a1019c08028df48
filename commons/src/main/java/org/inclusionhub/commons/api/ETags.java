package org.inclusionhub.commons.api;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionhub.commons.domain.ExpectedVersion;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.problem.ApiProblem;

/** Strong ETags that carry an aggregate's version number, and the expected version an If-Match names. */
public final class ETags {

    /** RFC 9110 section 8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text. */
    private static final String ENTITY_TAG = "(?:W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"";
    /** RFC 9110 section 13.1.1: If-Match = "*" / #entity-tag (a comma-separated list). */
    private static final Pattern IF_MATCH = Pattern.compile("\\*|" + ENTITY_TAG + "(?:[ \\t]*,[ \\t]*" + ENTITY_TAG + ")*");
    private static final Pattern LISTED_TAG = Pattern.compile(ENTITY_TAG);
    /** A tag as the service writes it: "02" is another tag than "2" (strong comparison), so it names no version. */
    private static final Pattern VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})(?:\\.[A-Za-z0-9_-]{1,64})?\"");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The tag of one representation of a version: {@code "<version>.<digest>"} (see {@link ConditionalReads}). */
    static String of(long version, String digest) {
        return "\"" + version + "." + digest + "\"";
    }

    /** The version a strong tag {@code "n"} or {@code "n.<digest>"} carries; empty for any other tag. */
    public static OptionalLong version(String tag) {
        Matcher m = VERSION_TAG.matcher(tag.strip());
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /**
     * The version an If-Match header names (RFC 9110 section 13.1.1): none when absent, any for {@code *},
     * the numbers of strong tags {@code "n"} or {@code "n.<digest>"} (as a read answers them), any of which matches
     * when the header lists several. If-Match compares strongly, so a weak tag ({@code W/"n"}) or a tag that is no
     * version of ours never matches.
     *
     * @throws ApiProblem 400 naming {@code If-Match} when the header is no {@code *} and no list of entity-tags
     *                    (an unquoted {@code 3}), which RFC 9110 does not let a server read as any version
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null) {
            return ExpectedVersion.NONE;
        }
        String tag = ifMatch.strip();
        if (!IF_MATCH.matcher(tag).matches()) { // an empty value too (the HTTP layer mostly hands that over as none)
            throw ApiProblem.invalid(List.of(new Violation("If-Match",
                    "must be * or entity-tags in double quotes, comma-separated, as an ETag answered them (\"3\")")));
        }
        if (tag.equals("*")) {
            return ExpectedVersion.ANY;
        }
        List<Long> versions = new java.util.ArrayList<>();
        Matcher each = LISTED_TAG.matcher(tag);
        while (each.find()) {
            versions.add(version(each.group()).orElse(-1));
        }
        return ExpectedVersion.anyOf(versions);
    }
}
