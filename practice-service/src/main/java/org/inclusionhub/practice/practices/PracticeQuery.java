package org.inclusionhub.practice.practices;

import java.util.List;

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
}
