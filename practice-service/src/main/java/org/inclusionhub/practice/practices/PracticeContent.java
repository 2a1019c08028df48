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
        @Schema(required = true, maxLength = 300, description = "The practice's name, in its language",
                examples = "Language cafe for newcomers") String title,
        @Schema(required = true, maxLength = 2000, description = "A short summary, in its language",
                examples = "Weekly conversation evenings where newcomers practise German with volunteers.")
        String summary,
        @Schema(maxLength = 20000, description = "The full description, in its language") String description,
        @Schema(maxProperties = 30, description = "Title and summary in other languages, keyed by ISO 639-1 language "
                + "code; at most 30 languages", examples = "{\"de\": {\"title\": \"Sprachcafé für Neuangekommene\"}}")
        Map<String, Translation> translations,
        @Schema(maxLength = 2, description = "ISO 3166-1 alpha-2 code in upper case; required unless the scope is "
                + "transnational or global", examples = "DE") String country,
        @Schema(maxLength = 300, description = "Region, state or province", examples = "Bavaria") String region,
        @Schema(maxLength = 300, examples = "Munich") String city,
        @Schema(required = true, description = "Geographic reach (vocabulary scopes)",
                enumeration = {"local", "regional", "national", "transnational", "global"}, examples = "local") String scope,
        @Schema(required = true, minItems = 1, maxItems = 100, description = "The implementing organisations, at least "
                + "one") List<Organisation> organisations,
        @Schema(maxItems = 100, description = "Names of partner organisations, each at most 300 characters")
        List<String> partners,
        @Schema(required = true, minItems = 1, maxItems = 100, description = "Theme codes, at least one: employment, "
                + "entrepreneurship, education-and-training, language-learning, housing, health, culture-and-arts, sports, "
                + "civic-participation, anti-discrimination-and-awareness, empowerment, networking-and-cooperation, "
                + "reception-and-orientation, legal-support, family-reunification, social-inclusion, volunteering, "
                + "diaspora-and-development, return-and-reintegration (labels: GET /api/v1/vocabularies)")
        List<String> themes,
        @Schema(required = true, minItems = 1, maxItems = 100, description = "Target group codes, at least one: migrants, "
                + "refugees, asylum-seekers, newcomers, youth, children, women, families, unaccompanied-minors, "
                + "victims-of-trafficking, migrant-artists, receiving-society, public-administrations, ngos-and-volunteers, "
                + "employers, emigrants-and-diaspora, returnees, job-seekers, entrepreneurs, students, roma")
        List<String> targetGroups,
        @Schema(minimum = "1900", description = "The year it started: 1900 to ten years from now", examples = "2021")
        Integer startYear,
        @Schema(minimum = "1900", description = "The year it ended: 1900 to ten years from now, not before startYear; "
                + "empty for an ongoing practice", examples = "2023") Integer endYear,
        @Schema(description = "Whether it still runs (then endYear stays empty); default false") Boolean ongoing,
        @Schema(maxItems = 100, description = "Funding codes: amif, esf, erdf, erasmus-plus, horizon-2020, interreg, "
                + "other-eu, national, regional, municipal, private-or-foundation, self-financed") List<String> funding,
        @Schema(description = "The total budget; when given, amount and currency are both required") Budget budget,
        @Schema(maxLength = 2000, description = "An absolute http or https URL", examples = "https://www.example.org/sprachcafe")
        String website,
        @Schema(required = true, description = "The collection the practice comes from and its reference there")
        SourceRef source,
        @Schema(maxLength = 2, description = "ISO 639-1 code of the title, summary and description, which are "
                + "stemmed in it for search; default en", examples = "en") String language) {

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
    public record Translation(
            @Schema(required = true, maxLength = 300, examples = "Sprachcafé für Neuangekommene") String title,
            @Schema(maxLength = 2000, examples = "Wöchentliche Gesprächsabende, an denen Neuangekommene mit Freiwilligen "
                    + "Deutsch üben.") String summary) {
    }

    /** An implementing organisation. */
    public record Organisation(
            @Schema(required = true, maxLength = 300, examples = "Caritas München") String name,
            @Schema(required = true, description = "Kind of organisation (vocabulary organisationTypes)",
                    enumeration = {"ngo", "municipality", "regional-or-national-authority", "university-or-research",
                        "company", "international-organisation", "migrant-organisation", "network", "other"},
                    examples = "ngo") String type) {
    }

    /** A budget: an amount in a currency. */
    public record Budget(
            @Schema(required = true, minimum = "0", description = "Not negative; at most 14 digits before and 2 after "
                    + "the decimal point", examples = "25000.00") BigDecimal amount,
            @Schema(required = true, maxLength = 3, description = "ISO 4217 currency code", examples = "EUR")
            String currency) {
    }

    /** The collection a practice was taken from and where in it. */
    public record SourceRef(
            @Schema(required = true, description = "The source collection (vocabulary sources)",
                    enumeration = {"spring", "youmig", "erasmi", "inclucities", "direct-submission"},
                    examples = "direct-submission") String collection,
            @Schema(maxLength = 300, description = "Where in the collection; required in an import. With the collection "
                    + "it identifies the practice: no two practices share both", examples = "munich-language-cafe")
            String reference) {
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
