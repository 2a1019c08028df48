package org.inclusionhub.commons.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Writes an export table, header first, row by row onto an answer's stream, so an export of any size
 * holds only a few rows in memory. Every cell is text; a null cell is written empty.
 */
public interface TableWriter {

    /** @throws UncheckedIOException when the client went away */
    void row(List<String> cells);

    /** Completes the document (for XLSX, the sheet's end and the archive's directory) and flushes it. */
    void finish() throws IOException;

    /**
     * A writer of {@code format}, which must be a table format.
     *
     * @param bom for CSV: start with a UTF-8 byte order mark, which Excel needs to read the text as UTF-8
     * @param numberColumns for XLSX: the header names of the columns whose values are numbers (counts, years,
     *        amounts, 0/1 options); their cells that read as plain decimals are written as numbers, every other
     *        cell as text, however much it looks like a number
     * @throws IllegalArgumentException for {@link ExportFormat#JSON}
     */
    static TableWriter of(ExportFormat format, OutputStream out, String sheetName, boolean bom, Set<String> numberColumns) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out, bom);
            case XLSX -> new XlsxTableWriter(out, sheetName, numberColumns);
            case JSON -> throw new IllegalArgumentException("JSON is not a table format");
        };
    }
}
