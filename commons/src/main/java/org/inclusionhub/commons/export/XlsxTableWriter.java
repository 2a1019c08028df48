package org.inclusionhub.commons.export;

import org.inclusionhub.commons.api.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written with fastexcel, a streaming XLSX writer: rows are flushed to the answer every
 * {@value #FLUSH_EVERY} rows and strings are written inline (no shared-string table growing with the
 * export). Cells are never formulas. In the columns named as number columns, a cell that is a plain decimal
 * without leading zeros is written as a number, so 0/1 option columns add up in a spreadsheet; everything else
 * is text, so a title such as {@code -12.5} stays the text it was. The
 * header row is bold and frozen. A cell longer than a cell holds ({@value #MAX_CELL} characters, ECMA-376 as Excel
 * applies it) is cut and says so: a practice's 100 organisations of 300 characters come to more.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int FLUSH_EVERY = 200;

    /** The most characters (UTF-16 units) an XLSX cell holds. */
    static final int MAX_CELL = 32_767;

    /** Numbers as a spreadsheet would show them again: no leading zeros (postcodes, codes), at most 15 digits. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,6})?");

    private final Workbook workbook;
    private final Worksheet sheet;
    private final Set<String> numberColumns;
    /** The positions of the number columns, known once the header row is written. */
    private final BitSet numbers = new BitSet();
    private int rowIndex;

    XlsxTableWriter(OutputStream out, String sheetName, Set<String> numberColumns) {
        this.workbook = new Workbook(out, "Inclusion Hub", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        this.numberColumns = Set.copyOf(numberColumns);
    }

    @Override
    public void row(List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            if (rowIndex == 0 && numberColumns.contains(cell)) {
                numbers.set(column);
            }
            if (rowIndex > 0 && numbers.get(column) && NUMBER.matcher(cell).matches()) {
                sheet.value(rowIndex, column, new BigDecimal(cell));
            } else {
                sheet.inlineString(rowIndex, column, fitted(cell));
            }
        }
        if (rowIndex == 0) {
            sheet.range(0, 0, 0, Math.max(cells.size() - 1, 0)).style().bold().set();
            sheet.freezePane(0, 1);
        }
        rowIndex++;
        if (rowIndex % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code cell}, or its start and a note saying it was cut, within {@link #MAX_CELL}; never half a surrogate pair. */
    static String fitted(String cell) {
        if (cell.length() <= MAX_CELL) {
            return cell;
        }
        String note = " [cut: this cell holds " + Text.length(cell) + " characters, more than an XLSX cell does; the "
                + "csv or json export holds them all]";
        int end = MAX_CELL - note.length();
        if (Character.isHighSurrogate(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(0, end) + note;
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
