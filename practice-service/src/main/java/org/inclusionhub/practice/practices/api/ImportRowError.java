package org.inclusionhub.practice.practices.api;

import java.util.List;
import org.inclusionhub.commons.domain.Violation;

/**
 * One bad row of an import. {@code row} counts from 1 over the items (for CSV, data rows after the
 * header); {@code line} is the CSV line number, absent for JSON.
 */
public record ImportRowError(int row, Integer line, String sourceReference, List<Violation> violations) {
}
