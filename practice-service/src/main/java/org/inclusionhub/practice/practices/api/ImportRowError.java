package org.inclusionhub.practice.practices.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inclusionhub.commons.domain.Violation;

/**
 * One bad row of an import. {@code row} counts from 1 over the items (for CSV, data rows after the
 * header); {@code line} is the CSV line number, absent for JSON.
 */
public record ImportRowError(
        @Schema(required = true, description = "The row's number, from 1 over the items (CSV: data rows after the header)",
                examples = "3") int row,
        @Schema(description = "The CSV line the row starts on (1 is the header); null for JSON", examples = "4") Integer line,
        @Schema(description = "The row's source reference, when it has one", examples = "munich-language-cafe")
        String sourceReference,
        @Schema(required = true, description = "What is wrong with the row, field by field") List<Violation> violations) {
}
