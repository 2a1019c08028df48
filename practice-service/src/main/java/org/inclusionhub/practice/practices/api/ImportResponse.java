package org.inclusionhub.practice.practices.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did (or, for a dry run, would do). */
public record ImportResponse(
        @Schema(required = true, description = "Whether this was a dry run (nothing stored)") boolean dryRun,
        @Schema(required = true, description = "How many rows the import held", examples = "120") int received,
        @Schema(required = true, description = "How many practices were created (for a dry run: would be)",
                examples = "115") int created,
        @Schema(required = true, description = "How many rows were skipped because their source (collection and "
                + "reference) is already catalogued (for a dry run: would be)", examples = "5") int skipped,
        @Schema(required = true, description = "The ids of the practices created, in row order; empty for a dry run")
        List<UUID> ids) {
}
