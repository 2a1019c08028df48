package org.inclusionhub.commons.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Violation;

/** The formats an export can be asked for with {@code format=}: a table (CSV, XLSX) or a JSON array. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX(ExportFormat.XLSX_MEDIA_TYPE, "xlsx"),
    JSON("application/json", "json");

    /** The media type of an Office Open XML workbook (.xlsx), for annotations. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The {@code Content-Disposition} value that names the download, e.g. {@code attachment; filename="practices.xlsx"}. */
    public String attachment(String baseName) {
        return "attachment; filename=\"" + baseName + "." + extension + "\"";
    }

    /** @return the format a request names (case-insensitive), or empty for an unknown one */
    public static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** @throws InvalidInputException naming the {@code format} parameter when {@code name} is no format */
    public static ExportFormat require(String name) {
        return of(name).orElseThrow(() -> InvalidInputException.of(List.of(new Violation("format", "'" + name + "' is not one of " + names()))));
    }

    /** Columns a worksheet holds (ECMA-376, as Excel and fastexcel apply it: A to XFD). */
    public static final int XLSX_MAX_COLUMNS = 16_384;

    /**
     * @throws InvalidInputException naming the {@code format} parameter when a table of {@code columns} columns does
     *         not fit this format (an XLSX worksheet holds {@value #XLSX_MAX_COLUMNS}); asked before the answer starts
     */
    public void requireFits(int columns) {
        if (this == XLSX && columns > XLSX_MAX_COLUMNS) {
            throw InvalidInputException.of(List.of(new Violation("format", "this export has " + columns
                    + " columns; an XLSX worksheet holds at most " + XLSX_MAX_COLUMNS + ": ask for csv or json")));
        }
    }

    /** The names a request may use, for error messages: {@code [csv, xlsx, json]}. */
    public static List<String> names() {
        return Arrays.stream(values()).map(f -> f.extension).toList();
    }
}
