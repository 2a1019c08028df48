package org.inclusionhub.practice.practices.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.practice.practices.Practices;

/**
 * One page of practices, the total number of matches, facet counts over all matches and the published ones
 * among them per year of publication; {@code next} is the cursor of the page after this one (null on the
 * last), also sent as a Link header.
 */
public record PracticeListResponse(
        @Schema(required = true, description = "The page's practices, each with its latest scores, and with a snippet "
                + "when q or lang was given") List<PracticeResponse> items,
        @Schema(required = true, description = "The page asked for, from 0 (0 when a cursor was given)", examples = "0")
        int page,
        @Schema(required = true, description = "The page size asked for", examples = "20") int size,
        @Schema(required = true, description = "How many practices match, over all pages", examples = "137") long total,
        @Schema(required = true, description = "How many pages of this size the matches fill", examples = "7")
        int totalPages,
        @Schema(required = true, description = "The sort asked for, or the default: relevance with q, title without",
                examples = "-publishedAt") String sort,
        @Schema(required = true) Practices.Facets facets,
        @Schema(required = true, description = "The published practices among all matches per calendar year (UTC) of "
                + "their publication, ascending and contiguous from the first year with any to the last (0 for the years "
                + "between); empty when no match is published. An archived practice counts in no year, one published again "
                + "in the year of its new publication. Without other filters than status it is read from counts the "
                + "database keeps", examples = "[{\"year\": 2019, \"count\": 12}, {\"year\": 2020, \"count\": 0}, "
                + "{\"year\": 2021, \"count\": 31}]") List<Practices.YearCount> publishedPerYear,
        @Schema(description = "The cursor of the page after this one (send it as cursor, with the same sort); null when "
                + "this page is not full", examples = "MQotcHVibGlzaGVkQXQKM2YwYzJiOGUtOGE0ZS00YzhlLTlkMWUtMmI3ZjVlMGE5YzQxCjIw"
                + "MjQtMDMtMTggMDk6NDE6MDcuMTIzKzAw") String next) {
}
