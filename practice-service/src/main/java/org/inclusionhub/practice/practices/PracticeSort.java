package org.inclusionhub.practice.practices;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a list can be sorted in; {@code -} before a name means descending. Ties break by id. */
public enum PracticeSort {
    RELEVANCE("relevance", "rank desc"),
    TITLE("title", "lower(p.title) asc"),
    TITLE_DESC("-title", "lower(p.title) desc"),
    START_YEAR("startYear", "p.start_year asc nulls last"),
    START_YEAR_DESC("-startYear", "p.start_year desc nulls last"),
    UPDATED("updatedAt", "p.updated_at asc"),
    UPDATED_DESC("-updatedAt", "p.updated_at desc"),
    PUBLISHED("publishedAt", "p.published_at asc nulls last"),
    PUBLISHED_DESC("-publishedAt", "p.published_at desc nulls last"),
    COUNTRY("country", "p.country asc"),
    /** By the latest overall score under {@code scoreFramework}; practices without one come last. */
    SCORE("score", "latest_score asc nulls last"),
    SCORE_DESC("-score", "latest_score desc nulls last");

    private final String param;
    final String sql;

    PracticeSort(String param, String sql) {
        this.param = param;
        this.sql = sql;
    }

    public String param() {
        return param;
    }

    /** @return null when {@code param} names no sort order */
    public static PracticeSort fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(PracticeSort::param).collect(Collectors.joining(", "));
    }
}
