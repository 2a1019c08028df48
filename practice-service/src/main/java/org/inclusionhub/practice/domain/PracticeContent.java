package org.inclusionhub.practice.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything an editor writes about a practice: the body of create, update and import requests.
 * Checked by {@link PracticeValidator}; status, version and timestamps are the service's.
 */
public record PracticeContent(
        String title,
        String summary,
        String description,
        Map<String, Translation> translations,
        String country,
        String region,
        String city,
        String scope,
        List<Organisation> organisations,
        List<String> partners,
        List<String> themes,
        List<String> targetGroups,
        Integer startYear,
        Integer endYear,
        Boolean ongoing,
        List<String> funding,
        Budget budget,
        String website,
        SourceRef source) {

    /** A title and summary in another language, keyed by ISO 639-1 code in {@link #translations}. */
    public record Translation(String title, String summary) {
    }

    public record Organisation(String name, String type) {
    }

    public record Budget(BigDecimal amount, String currency) {
    }

    /** The collection a practice was taken from and where in it. */
    public record SourceRef(String collection, String reference) {
    }

    /** The same content with absent collections as empty ones and text trimmed. */
    public PracticeContent normalised() {
        return new PracticeContent(trim(title), trim(summary), trim(description),
                translations == null ? Map.of() : translations, trim(country), trim(region), trim(city), trim(scope),
                organisations == null ? List.of() : organisations, orEmpty(partners), orEmpty(themes),
                orEmpty(targetGroups), startYear, endYear, ongoing != null && ongoing, orEmpty(funding), budget,
                trim(website), source == null ? null : new SourceRef(trim(source.collection()), trim(source.reference())));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list.stream().map(PracticeContent::trim).distinct().toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
