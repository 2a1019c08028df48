package org.inclusionhub.commons.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads an exported XLSX back with fastexcel-reader, for comparing it cell by cell with the CSV export. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * The first sheet's rows as text, each as wide as the header (row 1); an empty cell reads as "".
     * A number cell reads as the text it was written from ({@code 1}, {@code 1200.5}).
     */
    public static List<List<String>> firstSheet(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            int width = rows.isEmpty() ? 0 : rows.get(0).getCellCount();
            List<List<String>> cells = new ArrayList<>();
            for (Row row : rows) {
                List<String> texts = new ArrayList<>();
                for (int column = 0; column < Math.max(width, row.getCellCount()); column++) {
                    texts.add(row.hasCell(column) && row.getCell(column) != null ? row.getCellText(column) : "");
                }
                cells.add(texts);
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header names (row 1) of the first sheet's columns holding at least one number cell below the header. */
    public static java.util.Set<String> numberColumns(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                for (int column = 0; column < row.getCellCount(); column++) {
                    if (row.hasCell(column) && row.getCell(column) != null
                            && row.getCell(column).getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                        names.add(rows.get(0).getCellText(column));
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
