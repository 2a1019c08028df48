package org.inclusionhub.survey.surveys.xlsform;

import java.util.List;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.inclusionhub.commons.domain.Violation;

/** What an XLSForm the importer cannot hold is answered with: 422, every problem named by sheet, row and column. */
public final class XlsFormProblems {

    private XlsFormProblems() {
    }

    public static UnprocessableException refused(List<Violation> violations) {
        return new UnprocessableException(violations.size() + " problem(s) in the XLSForm; nothing was stored", violations);
    }

    /**
     * A violation whose field reads {@code survey[5].relevant}: sheet, spreadsheet row (0 for the sheet as a
     * whole) and column header (null for the row as a whole).
     */
    public static Violation at(String sheet, int row, String column, String message) {
        String field = sheet + (row > 0 ? "[" + row + "]" : "") + (column == null ? "" : "." + column);
        return new Violation(field, message);
    }
}
