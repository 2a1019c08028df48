package org.inclusionhub.practice.practices.api;

import java.util.List;
import java.util.UUID;

/** What an import did (or, for a dry run, would do). */
public record ImportResponse(boolean dryRun, int received, int created, int skipped, List<UUID> ids) {
}
