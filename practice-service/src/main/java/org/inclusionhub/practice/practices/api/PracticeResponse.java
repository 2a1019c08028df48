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
        UUID id,
        String title,
        String summary,
        String description,
        Map<String, PracticeContent.Translation> translations,
        String language,
        String country,
        String region,
        String city,
        String scope,
        List<PracticeContent.Organisation> organisations,
        List<String> partners,
        List<String> themes,
        List<String> targetGroups,
        Integer startYear,
        Integer endYear,
        boolean ongoing,
        List<String> funding,
        PracticeContent.Budget budget,
        String website,
        PracticeContent.SourceRef source,
        String status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
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
