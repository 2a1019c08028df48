package org.inclusionhub.practice.practices.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.practice.practices.Practice;
import org.inclusionhub.practice.practices.PracticeContent;
import org.inclusionhub.practice.practices.Practices;
import org.inclusionhub.practice.scores.LatestScore;

/** A practice as the API shows it; its events carry their own record, {@code PracticeEvent}. */
public record PracticeResponse(
        @Schema(required = true, description = "The practice's id", examples = "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID id,
        @Schema(required = true, examples = "Language cafe for newcomers") String title,
        @Schema(required = true, examples = "Weekly conversation evenings where newcomers practise German with volunteers.")
        String summary,
        String description,
        @Schema(required = true, description = "Title and summary in other languages, keyed by ISO 639-1 language code; "
                + "empty when there are none") Map<String, PracticeContent.Translation> translations,
        @Schema(required = true, description = "ISO 639-1 code of title, summary and description", examples = "en")
        String language,
        @Schema(description = "ISO 3166-1 alpha-2 code; may be null for a transnational or global practice",
                examples = "DE") String country,
        @Schema(examples = "Bavaria") String region,
        @Schema(examples = "Munich") String city,
        @Schema(required = true, enumeration = {"local", "regional", "national", "transnational", "global"},
                examples = "local") String scope,
        @Schema(required = true, description = "The implementing organisations") List<PracticeContent.Organisation> organisations,
        @Schema(required = true, description = "Names of partner organisations; may be empty") List<String> partners,
        @Schema(required = true, description = "Theme codes (vocabulary themes)", examples = "[\"language-learning\"]")
        List<String> themes,
        @Schema(required = true, description = "Target group codes (vocabulary targetGroups)", examples = "[\"newcomers\"]")
        List<String> targetGroups,
        @Schema(examples = "2021") Integer startYear,
        @Schema(description = "Null while the practice is ongoing or when unknown", examples = "2023") Integer endYear,
        @Schema(required = true, description = "Whether the practice still runs") boolean ongoing,
        @Schema(required = true, description = "Funding codes (vocabulary funding); may be empty") List<String> funding,
        PracticeContent.Budget budget,
        @Schema(examples = "https://www.example.org/sprachcafe") String website,
        @Schema(required = true) PracticeContent.SourceRef source,
        @Schema(required = true, description = "Editorial status; only editors and admins see drafts and archived practices",
                enumeration = {"draft", "published", "archived"}, examples = "published") String status,
        @Schema(required = true, description = "Raised by every change; the ETag is this number in quotes, for If-Match",
                examples = "3") long version,
        @Schema(required = true, examples = "2024-03-11T08:15:30Z") Instant createdAt,
        @Schema(required = true, description = "When the content or the status last changed",
                examples = "2024-03-18T09:41:07.123Z") Instant updatedAt,
        @Schema(description = "When it was last published; null if it never was", examples = "2024-03-18T09:41:07.123Z")
        Instant publishedAt,
        @Schema(description = "The latest submitted assessment scores, one per framework; always present (possibly "
                + "empty) in API answers, left out in exports")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<LatestScore> scores,
        @Schema(description = "in a list with q or lang: the title and summary to show, HTML-escaped, matched words in <mark>")
        @JsonInclude(JsonInclude.Include.NON_NULL) Practices.Snippet snippet) {

    /** Without scores, as exports show it. */
    public static PracticeResponse of(Practice p) {
        return of(p, null);
    }

    /** With the latest submitted scores per framework, as the API shows it. */
    public static PracticeResponse of(Practice p, List<LatestScore> scores) {
        return of(p, scores, null);
    }

    /** A search hit: with scores and its snippet. */
    public static PracticeResponse of(Practice p, List<LatestScore> scores, Practices.Snippet snippet) {
        return new PracticeResponse(p.id, p.title, p.summary, p.description, p.translations, p.language, p.country, p.region,
                p.city, p.scope, p.organisations, p.partners, p.themes, p.targetGroups, p.startYear, p.endYear,
                p.ongoing, p.funding, budget(p.budgetAmount, p.budgetCurrency), p.website,
                new PracticeContent.SourceRef(p.sourceCollection, p.sourceReference), p.status, p.version,
                p.createdAt, p.updatedAt, p.publishedAt, scores, snippet);
    }

    private static PracticeContent.Budget budget(BigDecimal amount, String currency) {
        return amount == null ? null : new PracticeContent.Budget(amount, currency);
    }
}
