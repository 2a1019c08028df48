package org.inclusionhub.survey.surveys.xlsform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.inclusionhub.commons.domain.UnprocessableException;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The three sheets of an XLSForm workbook ({@code survey}, {@code choices}, {@code settings}) as rows of
 * text cells keyed by their column header, read with fastexcel-reader. Headers are trimmed and lower-cased
 * up to a language suffix ({@code label::Deutsch (de)} keeps its language as written). Rows without any
 * text are skipped; each row keeps its spreadsheet row number (the header is row 1).
 * Source: the XLSForm specification, https://xlsform.org/en/ (sheets, columns, language columns).
 */
public record XlsFormWorkbook(Table survey, Table choices, Table settings) {

    /** The most an XLSForm workbook may unpack to: real forms, even of hundreds of questions, stay under 2 MB. */
    public static final long MAX_UNPACKED_BYTES = 20_000_000;

    /** A sheet: its headers in column order and its non-empty rows. */
    public record Table(String name, List<String> headers, List<Line> rows) {

        static Table empty(String name) {
            return new Table(name, List.of(), List.of());
        }

        /** The spreadsheet column letter of a header, e.g. {@code C}, for messages. */
        public String columnLetter(String header) {
            int index = headers.indexOf(header);
            StringBuilder letters = new StringBuilder();
            for (int n = index + 1; n > 0; n = (n - 1) / 26) {
                letters.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return letters.toString();
        }
    }

    /** One row: its spreadsheet number and its cells by header; a missing cell reads as "". */
    public record Line(int number, Map<String, String> cells) {

        public String get(String header) {
            String value = cells.get(header);
            return value == null ? "" : value.strip();
        }
    }

    /**
     * @throws UnprocessableException when the bytes are not an XLSX workbook or it has no {@code survey} sheet
     */
    public static XlsFormWorkbook read(InputStream xlsx) {
        byte[] bytes;
        try {
            bytes = xlsx.readAllBytes();
        } catch (IOException e) {
            throw unreadable();
        }
        requireModestUnpackedSize(bytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Table survey = table(workbook, "survey").orElseThrow(() -> XlsFormProblems.refused(
                    List.of(XlsFormProblems.at("survey", 0, null, "the workbook has no sheet named 'survey'"))));
            return new XlsFormWorkbook(survey, table(workbook, "choices").orElse(Table.empty("choices")),
                    table(workbook, "settings").orElse(Table.empty("settings")));
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnprocessableException known) {
                throw known;
            }
            throw unreadable();
        }
    }

    private static UnprocessableException unreadable() {
        return XlsFormProblems.refused(List.of(XlsFormProblems.at("workbook", 0, null,
                "is not an XLSX workbook that can be read (an .xlsx file, as Excel, LibreOffice or KoboToolbox save it)")));
    }

    /**
     * An XLSX file is a ZIP archive, and a small one can unpack to gigabytes (a "zip bomb"). Its entries are unpacked
     * here, counting the bytes actually produced rather than trusting the sizes the archive claims, and a workbook
     * that unpacks to more than {@value #MAX_UNPACKED_BYTES} bytes is refused before it is parsed.
     */
    private static void requireModestUnpackedSize(byte[] archive) {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        // entries written with a data descriptor after stored data (as some writers do) must be readable too
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(archive), "UTF-8", true, true)) {
            while (zip.getNextEntry() != null) {
                for (int n; (n = zip.read(buffer)) > 0;) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw XlsFormProblems.refused(List.of(XlsFormProblems.at("workbook", 0, null, "unpacks to more than "
                                + MAX_UNPACKED_BYTES / 1_000_000 + " MB; an XLSForm is far smaller")));
                    }
                }
            }
        } catch (IOException e) {
            throw unreadable();
        }
    }

    private static Optional<Table> table(ReadableWorkbook workbook, String name) throws IOException {
        Optional<Sheet> sheet = workbook.getSheets().filter(s -> s.getName().strip().equalsIgnoreCase(name)).findFirst();
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = sheet.get().read();
        if (rows.isEmpty()) {
            return Optional.of(Table.empty(name));
        }
        Row headerRow = rows.get(0);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < headerRow.getCellCount(); c++) {
            headers.add(header(text(headerRow, c)));
        }
        List<Line> lines = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < Math.min(headers.size(), row.getCellCount()); c++) {
                String value = text(row, c);
                if (!value.isBlank() && !headers.get(c).isEmpty()) {
                    cells.put(headers.get(c), value);
                }
            }
            if (!cells.isEmpty()) {
                lines.add(new Line(row.getRowNum(), cells));
            }
        }
        return Optional.of(new Table(name, headers, lines));
    }

    private static String text(Row row, int column) {
        return row.hasCell(column) && row.getCell(column) != null ? row.getCellText(column) : "";
    }

    /** {@code " Label::Deutsch (de) "} becomes {@code "label::Deutsch (de)"}; other headers are lower-cased. */
    static String header(String raw) {
        String trimmed = raw.strip();
        int split = trimmed.indexOf("::");
        if (split < 0) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        return trimmed.substring(0, split).strip().toLowerCase(Locale.ROOT) + "::" + trimmed.substring(split + 2).strip();
    }
}
