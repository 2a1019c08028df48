package org.inclusionhub.practice.practices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything an editor writes about a practice: the body of create, update and import requests.
 * Checked by {@link PracticeValidator}; status, version and timestamps are the service's.
 */
public record PracticeContent(
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true, maxLength = 2000) String summary,
        @Schema(maxLength = 20000) String description,
        @Schema(maxProperties = 30, description = "keyed by ISO 639-1 language code") Map<String, Translation> translations,
        @Schema(maxLength = 2, description = "ISO 3166-1 alpha-2; required unless the scope is transnational or global") String country,
        @Schema(maxLength = 300) String region,
        @Schema(maxLength = 300) String city,
        @Schema(required = true) String scope,
        @Schema(required = true, maxItems = 100) List<Organisation> organisations,
        @Schema(maxItems = 100) List<String> partners,
        @Schema(required = true, maxItems = 100) List<String> themes,
        @Schema(required = true, maxItems = 100) List<String> targetGroups,
        Integer startYear,
        Integer endYear,
        Boolean ongoing,
        @Schema(maxItems = 100) List<String> funding,
        Budget budget,
        @Schema(maxLength = 2000) String website,
        @Schema(required = true) SourceRef source,
        @Schema(maxLength = 2, description = "ISO 639-1 code of the title, summary and description, which are "
                + "stemmed in it for search; default en") String language) {

    /** The language of a practice that names none: the catalogue's collections are written in English. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** Content in the default language. */
    public PracticeContent(String title, String summary, String description, Map<String, Translation> translations,
            String country, String region, String city, String scope, List<Organisation> organisations,
            List<String> partners, List<String> themes, List<String> targetGroups, Integer startYear, Integer endYear,
            Boolean ongoing, List<String> funding, Budget budget, String website, SourceRef source) {
        this(title, summary, description, translations, country, region, city, scope, organisations, partners, themes,
                targetGroups, startYear, endYear, ongoing, funding, budget, website, source, null);
    }

    /** A title and summary in another language, keyed by ISO 639-1 code in {@link #translations}. */
    public record Translation(@Schema(required = true, maxLength = 300) String title, @Schema(maxLength = 2000) String summary) {
    }

    public record Organisation(@Schema(required = true, maxLength = 300) String name, @Schema(required = true) String type) {
    }

    public record Budget(BigDecimal amount, String currency) {
    }

    /** The collection a practice was taken from and where in it. */
    public record SourceRef(@Schema(required = true) String collection,
            @Schema(maxLength = 300, description = "required in an import") String reference) {
    }

    /** The same content with absent collections as empty ones, text trimmed, the language lower case or the default. */
    public PracticeContent normalised() {
        return new PracticeContent(trim(title), trim(summary), trim(description),
                translations == null ? Map.of() : translations, trim(country), trim(region), trim(city), trim(scope),
                organisations == null ? List.of() : organisations, orEmpty(partners), orEmpty(themes),
                orEmpty(targetGroups), startYear, endYear, ongoing != null && ongoing, orEmpty(funding), budget,
                trim(website), source == null ? null : new SourceRef(trim(source.collection()), trim(source.reference())),
                trim(language) == null ? DEFAULT_LANGUAGE : trim(language).toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list.stream().map(PracticeContent::trim).distinct().toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
