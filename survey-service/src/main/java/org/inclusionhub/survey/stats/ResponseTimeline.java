package org.inclusionhub.survey.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Responses per week: a week is named by its Monday, in UTC (ISO 8601 weeks). */
public final class ResponseTimeline {

    /** The responses submitted in one week. */
    @Schema(description = "The responses submitted in one week (Monday to Sunday, UTC) and counted now")
    public record Week(
            @Schema(required = true, description = "The Monday that starts the week", examples = "2026-11-30") LocalDate week,
            @Schema(required = true, examples = "12") long responses) {
    }

    private ResponseTimeline() {
    }

    /** The Monday (UTC) of the week an instant falls in. */
    public static LocalDate weekOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every week from the first to the last with responses, in order, weeks without any as 0. */
    public static List<Week> contiguous(Map<LocalDate, Long> counts) {
        TreeMap<LocalDate, Long> sorted = new TreeMap<>(counts);
        sorted.values().removeIf(n -> n == 0);
        List<Week> weeks = new ArrayList<>();
        if (sorted.isEmpty()) {
            return weeks;
        }
        for (LocalDate w = sorted.firstKey(); !w.isAfter(sorted.lastKey()); w = w.plusWeeks(1)) {
            weeks.add(new Week(w, sorted.getOrDefault(w, 0L)));
        }
        return weeks;
    }
}
