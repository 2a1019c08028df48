package org.inclusionhub.practice.practices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The filters, full-text query, sort and page of a practice list. Lists mean "any of". {@code language}
 * (ISO 639-1, optional) asks for the snippets in that language where a practice has that translation;
 * {@code after} (optional) continues a keyset page instead of {@code page}.
 */
public record PracticeQuery(
        String q,
        String language,
        List<String> countries,
        List<String> themes,
        List<String> targetGroups,
        List<String> scopes,
        List<String> statuses,
        List<String> funding,
        List<String> sources,
        Integer yearFrom,
        Integer yearTo,
        String scoreFramework,
        Double minScore,
        Double maxScore,
        PracticeSort sort,
        int page,
        int size,
        PracticeCursor after) {

    /**
     * What the matches and their order depend on: the text, the filters and the sort (not the page, its size or
     * the snippets' language), as the first 16 hex digits of its SHA-256. A cursor carries it, so that it goes on
     * only with the list it came from.
     */
    public String fingerprint() {
        String canonical = String.join("\u0000", String.valueOf(q), sorted(countries), sorted(themes), sorted(targetGroups),
                sorted(scopes), sorted(statuses), sorted(funding), sorted(sources), String.valueOf(yearFrom),
                String.valueOf(yearTo), String.valueOf(scoreFramework), String.valueOf(minScore), String.valueOf(maxScore),
                sort.forQuery(q).param());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String sorted(List<String> values) {
        return new TreeSet<>(values).toString();
    }
}
